<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Formatting</name>
        <message>
            <source>Today</source>
            <extracomment>a heading over the messages of today in a conversation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <extracomment>a heading over the messages of yesterday in a conversation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
