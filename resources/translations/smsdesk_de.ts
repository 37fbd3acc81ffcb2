<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Formatting</name>
        <message>
            <source>Today</source>
            <extracomment>a heading over the messages of today in a conversation</extracomment>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <extracomment>a heading over the messages of yesterday in a conversation</extracomment>
            <translation>Gestern</translation>
        </message>
        <message>
            <source>today at {time}</source>
            <translation>heute um {time}</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>gestern um {time}</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} um {time}</translation>
        </message>
    </context>
</TS>
