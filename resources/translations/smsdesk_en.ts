<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation>
                <numerusform>Choose a password of at least %n character.</numerusform>
                <numerusform>Choose a password of at least %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>An extension is %n digit, for example {example}.</numerusform>
                <numerusform>An extension is %n digits, for example {example}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is {least} to %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>An extension is {least} to %n digit, for example {example}.</numerusform>
                <numerusform>An extension is {least} to %n digits, for example {example}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message numerus="yes">
            <source>A message can hold at most %n picture(s): the first %n are attached.</source>
            <translation>
                <numerusform>A message can hold at most %n picture: the first %n are attached.</numerusform>
                <numerusform>A message can hold at most %n pictures: the first %n are attached.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) to send: {names}</source>
            <translation>
                <numerusform>%n picture to send: {names}</numerusform>
                <numerusform>%n pictures to send: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message numerus="yes">
            <source>%n unread</source>
            <extracomment>a screen reader's part of a chat list row: how many messages are unread</extracomment>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message numerus="yes">
            <source>%n duplicate row(s) merged by number</source>
            <translation>
                <numerusform>%n duplicate row merged by number</numerusform>
                <numerusform>%n duplicate rows merged by number</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported ({merged}).</source>
            <extracomment>{merged} is "3 duplicate rows merged by number"</extracomment>
            <translation>
                <numerusform>%n contact will be imported ({merged}).</numerusform>
                <numerusform>%n contacts will be imported ({merged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported.</source>
            <translation>
                <numerusform>%n contact will be imported.</numerusform>
                <numerusform>%n contacts will be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can't be imported: see the reasons below.</source>
            <translation>
                <numerusform>%n row can't be imported: see the reasons below.</numerusform>
                <numerusform>%n rows can't be imported: see the reasons below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {file}.</source>
            <translation>
                <numerusform>Exported %n contact to {file}.</numerusform>
                <numerusform>Exported %n contacts to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversationHeader</name>
        <message numerus="yes">
            <source>%n message(s) were not sent. Latest: {reason}</source>
            <translation>
                <numerusform>%n message were not sent. Latest: {reason}</numerusform>
                <numerusform>%n messages were not sent. Latest: {reason}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>[%n picture(s)]</source>
            <translation>
                <numerusform>[%n picture]</numerusform>
                <numerusform>[%n pictures]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <source>New messages in %n more conversation(s).</source>
            <translation>
                <numerusform>New messages in %n more conversation.</numerusform>
                <numerusform>New messages in %n more conversations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n new message(s))</source>
            <extracomment>a notification's title: who wrote, and how many messages are new</extracomment>
            <translation>
                <numerusform>{name} (%n new message)</numerusform>
                <numerusform>{name} (%n new messages)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outbound</name>
        <message numerus="yes">
            <source>%n scheduled message(s) cancelled: they replied first</source>
            <translation>
                <numerusform>%n scheduled message cancelled: they replied first</numerusform>
                <numerusform>%n scheduled messages cancelled: they replied first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message numerus="yes">
            <source>A message can hold at most {most} pictures; these are %n. Send them in two messages.</source>
            <translation>
                <numerusform>A message can hold at most {most} pictures; these are %n. Send them in two messages.</numerusform>
                <numerusform>A message can hold at most {most} pictures; these are %n. Send them in two messages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</source>
            <translation>
                <numerusform>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</numerusform>
                <numerusform>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PopupStack</name>
        <message numerus="yes">
            <source>+%n more</source>
            <extracomment>under the pop-ups: how many more are waiting, hidden</extracomment>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Popups</name>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n new message</numerusform>
                <numerusform>%n new messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Scheduling</name>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>In %n hour</numerusform>
                <numerusform>In %n hours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message numerus="yes">
            <source>{characters} characters · %n SMS</source>
            <extracomment>"170 characters · 2 SMS": the text is 170 characters long and goes as 2 SMS</extracomment>
            <translation>
                <numerusform>{characters} characters · %n SMS</numerusform>
                <numerusform>{characters} characters · %n SMS</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message numerus="yes">
            <source>%n message(s) set aside</source>
            <translation>
                <numerusform>%n message set aside</numerusform>
                <numerusform>%n messages set aside</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message numerus="yes">
            <source>it is larger than %Ln bytes</source>
            <translation>
                <numerusform>it is larger than %Ln bytes</numerusform>
                <numerusform>it is larger than %Ln bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message numerus="yes">
            <source>Keep the note under %n character(s).</source>
            <translation>
                <numerusform>Keep the note under %n character.</numerusform>
                <numerusform>Keep the note under %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>SMS Desk — %n unread conversation(s)</source>
            <translation>
                <numerusform>SMS Desk — %n unread conversation</numerusform>
                <numerusform>SMS Desk — %n unread conversations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message numerus="yes">
            <source>Exported %n message(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n message to {path}.</numerusform>
                <numerusform>Exported %n messages to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n opted-out number(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n opted-out number to {path}.</numerusform>
                <numerusform>Exported %n opted-out numbers to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <extracomment>%n is a number of seconds</extracomment>
            <translation>
                <numerusform>Offline — retrying in %n s</numerusform>
                <numerusform>Offline — retrying in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problem} — retrying in %n s</source>
            <extracomment>{problem} is a short headline ("Can't reach the database"); %n seconds</extracomment>
            <translation>
                <numerusform>{problem} — retrying in %n s</numerusform>
                <numerusform>{problem} — retrying in %n s</numerusform>
            </translation>
        </message>
    </context>
</TS>
