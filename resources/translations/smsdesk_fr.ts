<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>The account could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in did not succeed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your phone extension, for example 101.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extension or password is wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account is disabled. Ask your administrator to enable it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This extension already has an account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no account with this extension.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the only enabled administrator: disabling it would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There were too many wrong sign-ins. Wait a minute, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There were too many wrong sign-ins for this extension. Wait {seconds} s, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an administrator can change accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in with your phone extension (for example {example}), not your email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your phone extension, for example {example}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>An extension is %n digit(s), for example {example}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is {least} to %n digit(s), for example {example}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Enter a name for the account, for example Anna.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name can be at most {most} characters long; this one has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name cannot contain line breaks or other control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extension {extension} already has an account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An account already exists; sign in with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} is not an administrator: only an administrator can change accounts. Give the extension of an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no account with extension {extension}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerShortcut</name>
        <message>
            <source>Reply to the newest message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>a tray menu entry: who wrote, and the start of what they wrote</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Attach picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a picture (or drop one on the conversation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A message can hold at most %n picture(s): the first %n are attached.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Picture to send: {names}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n picture(s) to send: {names}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Remove pictures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Send, receive and manage business SMS</source>
            <extracomment>The autostart entry's comment (what the desktop's session settings list it as).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Calling</name>
        <message>
            <source>{number} is not a valid phone number, so it cannot be called.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk does not dial it. Use your phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is a short code that cannot be called from here: reply by SMS instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a sender name, not a phone number: it cannot be called, and carriers don't deliver replies to it. Contact the sender another way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a phone number, so it cannot be called.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Call setting must contain {number} where the phone number goes, for example callto:{number} or 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Call command can't be read ({problem}). Check its quotes.</source>
            <extracomment>{problem} is Python's own (English) reason, e.g. "No closing quotation"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Call command must start with the program to run, for example 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>Demo gateway (built in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo gateway is not running; it starts with SMS Desk.</source>
            <extracomment>Its state file in the data directory: its messages survive a restart of SMS Desk.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the number in international form, starting with + (e.g. +14155550100).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a valid phone number. Check the digits and the country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write it in E.164 form: + and digits only, e.g. +14155550100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the {field}.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {problem}</source>
            <extracomment>{field} is the setting's label ("From number"), {problem} what is wrong with it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's details from its console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway is not running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Twilio-compatible (Twilio, SignalWire…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API address</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account SID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AC… (SignalWire: your project ID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the Account SID (on the gateway's console).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auth token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>auth token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the auth token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messaging Service SID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MG… (optional, instead of a From number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number customers text (with a Messaging Service)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's Account SID, auth token and sending number from the gateway's console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging Service SID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With a Messaging Service, enter the Desk number: the number customers text, so SMS Desk can find their messages.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Picture</source>
            <extracomment>stands for the newest message when it is only pictures (an MMS without text)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the chat list. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <extracomment>a screen reader's part of a chat list row: how many messages are unread</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>answered by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered by a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You: {text}</source>
            <extracomment>the newest message of a chat list row, which I sent</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner: you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner: a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>archived</source>
            <extracomment>a screen reader's part of a chat list row: the conversation is archived</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No messages yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Say something</source>
            <extracomment>placeholder of the box where the message to send is typed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Templates: insert a saved reply (or type / and its name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach picture: send a picture (or drop one on the conversation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replies to a sender name can't be delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opted out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>A contact needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name “{name}…” is too long: at most {most} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The company of {name} is too long: at most {most} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} needs at least one number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This contact no longer exists; it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} already belongs to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One of these numbers was just given to another contact. Try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One number per line, e.g. +1 415 555 0100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{number}”: {problem}</source>
            <extracomment>a line of the Numbers box that is not a number, and why</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter at least one number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact could not be saved. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n duplicate row(s) merged by number</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported ({merged}).</source>
            <extracomment>{merged} is "3 duplicate rows merged by number"</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can't be imported: see the reasons below.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <extracomment>the column of the row's line number in the file</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will be imported ({problems})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name, company or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name}? Their conversations stay, shown by number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: it could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: the file could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {added} new, {updated} updated, {unchanged} already there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export contacts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The contacts could not be exported. {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsFile</name>
        <message>
            <source>no name</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{number}” is not a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone number</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is neither a vCard (.vcf) nor a CSV file of contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a contacts file: it holds binary data, not text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this is not a vCard (no BEGIN:VCARD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this vCard has no END:VCARD; the file may be cut short.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quoted cell is never closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quote inside a quoted cell is not doubled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name) and no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name). Its columns are: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSV file has no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <extracomment>the list of a CSV file's columns when it has none</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationActions</name>
        <message>
            <source>Mark as read</source>
            <extracomment>menu entry: marks the conversation's messages as read</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as unread</source>
            <extracomment>menu entry: marks the conversation as unread again</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <extracomment>button: phones the conversation's number</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to a colleague</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dealt with</source>
            <extracomment>button: marks the conversation as handled</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <extracomment>menu entry: moves the conversation to the archive</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unarchive</source>
            <extracomment>menu entry: brings an archived conversation back to the list</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the open conversation (it stays in the list)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} ({keys})</source>
            <extracomment>tooltip: an action's name and its keyboard shortcut, "Call (Ctrl+Shift+L)"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationExport</name>
        <message>
            <source>dd MMM yyyy</source>
            <extracomment>a Qt date format (d, MMM, yyyy) for the printed export: "25 Nov 2026"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {time} (UTC{offset})</source>
            <extracomment>a printed message's time: "25 Nov 2026 14:05 (UTC+01:00)"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} · Received · from {sender} to {recipient} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} · Sent · from {sender} to {recipient} · {status}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationHeader</name>
        <message>
            <source>SMS</source>
            <extracomment>under a conversation's title: the peer is an ordinary phone number</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short code</source>
            <extracomment>under a conversation's title: the peer is a carrier's short code (a 5-6 digit number)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender name: replies can't be delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <extracomment>what the label under the title is, for a screen reader: who owns the conversation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More options: {actions}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unowned — the first to reply owns it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner: you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner: {colleague}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation with {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <extracomment>button: sends the failed messages again</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway refused it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A message was not sent. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n message(s) were not sent. Latest: {reason}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <source>Send</source>
            <extracomment>button: sends the typed message now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send (Enter) — Shift+Enter for a new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send later…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Composer notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Send anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <extracomment>button: goes back to the message to fill in its template variables</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your pictures were not sent. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Your message was not sent; its text is back in the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take over?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{colleague} is answering this conversation. Take over from {first_name}?

The conversation becomes yours and {first_name} sees that you took over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take over</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on Windows and macOS the system's own credential store is used). On a server without a desktop, run SMS Desk in a D-Bus session with an unlocked keyring (for example `dbus-run-session -- sh`, then `gnome-keyring-daemon --unlock`), or type the password at each sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No secure keyring was found on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until then SMS Desk will not remember passwords, and cannot keep the gateway's auth token or a database password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring is locked. Unlock it (for example by logging in to your desktop again) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring could not be opened. Check that GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring refused to store the secret. Check that it is unlocked (for example in Passwords and Keys or KWalletManager) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring could not be reached. Check that a Secret Service such as GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring is turned off: the null backend is configured (for example by PYTHON_KEYRING_BACKEND or keyringrc.cfg). Remove that setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring backend {backend} keeps secrets in a file on disk, which is not safe enough. Remove the keyrings.alt package or configure another backend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer ({problem}).</source>
            <extracomment>{problem} is the keyring library's own (English) reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open the database {database}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database URL in Settings is not valid. Examples: {examples}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk needs a database file; an in-memory SQLite database won't do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the database folder {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database was created by a newer SMS Desk (revision {revision}); update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk is still connecting to its database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk could not open its database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database URL is not valid. Examples: {examples}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team features need a PostgreSQL database URL.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>The remembered sign-in did not work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk doctor`: it checks the database and says what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Open the conversation to take over.</source>
            <extracomment>{reason}: why the reply was refused (a colleague answers this conversation)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved, so not sent. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk could not change whether it starts at login: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new database will be used the next time SMS Desk starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <source>Open</source>
            <extracomment>a notification's button: shows the conversation in SMS Desk</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a notification's button: answer the SMS</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a notification's button: the SMS was seen, the conversation no longer unread</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>history</source>
            <extracomment>the kind of a line in an exported conversation: a history line ("Dealt with by Anna")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk received</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk sent</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this desk</source>
            <comment>the sender or recipient in an export</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>[%n picture(s)]</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Time</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <extracomment>a column header of an exported conversation: sent, received or history</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <extracomment>a column header of an exported conversation: who sent the message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <extracomment>a column header of an exported conversation: who received the message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <extracomment>a column header of an exported conversation: the message's text</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {year} {time}</source>
            <comment>the moment of an export</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation with {name} · {number} — exported {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation with {number} — exported {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <extracomment>a column header of the exported opt-out list: the customer's number</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk number</source>
            <extracomment>a column header of the exported opt-out list: the office's number they texted</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opted out at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <extracomment>a column header of the exported opt-out list: why they are opted out</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>carrier reports unsubscribed (error {code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>carrier reports unsubscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replied {keyword}</source>
            <extracomment>why a number is opted out: the customer texted a keyword such as STOP</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <source>Something went wrong, so this was not done. Try again; if it happens again, send the log file to whoever looks after SMS Desk (Help → About SMS Desk says where it is).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer refused: {reason} ({file}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer refused: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches</source>
            <extracomment>screen-reader name of the count of matches ("3 of 12")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous</source>
            <extracomment>button: goes to the previous match of the text searched for</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <extracomment>button: goes to the next match of the text searched for</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{current} of {total}</source>
            <extracomment>the match shown and how many there are: "3 of 12"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
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
    <context>
        <name>Gateway</name>
        <message>
            <source>The SMS gateway address is not a web address. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway address must not contain a user name or password. Put the Account SID and auth token in their own fields in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway address must not contain '?' or '#'. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway address for {host} uses plain http, which would send the auth token and messages unencrypted. Use an https:// address instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {field} is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GatewayErrors</name>
        <message>
            <source>The SMS gateway reported a problem but did not say what it was. Try again; if it keeps happening, tell your administrator.</source>
            <extracomment>Longest piece of the gateway's own text we repeat: it is untrusted and written for developers, so a pop-up must not fill up with it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many messages went to this number in a short time, so the gateway held this one back. Press Retry in a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway has no record of that message. It may have been deleted there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway is receiving too many requests right now. SMS Desk will try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's number is not a valid phone number. Check the number and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's number is a short code, and short codes can't be sent SMS from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can't send an SMS to the desk's own number. Check the recipient's number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS account is not allowed to send to this country. Ask your administrator to enable the country in the gateway's messaging permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is empty. Type some text before sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk has no sending number set up. Ask your administrator to set it in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no recipient. Enter the recipient's number and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk's sending number can't send SMS on this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient replied STOP to opt out of messages from this number. They must text START before you can message them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway can't send SMS to this number from the desk's number (it may be a landline or a kind of number it does not reach). Check the number or call instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's number is not a mobile number, so it can't receive SMS. Check the number or call them instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk's number has too many messages waiting at the SMS gateway right now. SMS Desk will send this one when the queue has room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is longer than 1,600 characters, the gateway's limit. Shorten it or split it into several messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk's sending number does not belong to this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway had too many messages waiting and dropped this one. Send it again in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway account is suspended, so nothing can be sent. Ask your administrator to contact the gateway provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's phone could not be reached; it may be switched off or out of coverage. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message was blocked by the recipient's phone or carrier; they may have blocked this number. Contact them another way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's number does not exist or is no longer in service. Check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's number is a landline or its carrier can't receive SMS. Call them instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's carrier filtered this message as possible spam. Rephrase it (fewer links and capitals) or contact them another way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient's carrier could not deliver the message and gave no reason. Try sending it again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US carriers limit how fast the desk's number may send, and this message went over the limit. Press Retry in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US carriers blocked the message because the sending number is not registered for business texting (A2P 10DLC). Ask your administrator to complete the registration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message was cancelled at the SMS gateway before it was sent. Press Retry if it should still go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{gateway_text} (error {code})</source>
            <extracomment>{gateway_text} is the gateway's own (English) explanation, shown as it came</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway reported a problem it did not explain (error {code}). Try again; if it keeps happening, tell your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway refused this message as too large (HTTP 413), so it was not sent. Shorten the text or send fewer or smaller pictures, then press Retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway refused this message (HTTP {status}) without saying why, so it was not sent. Check the number and text and press Retry; if it happens again, ask your administrator to check the gateway address and proxy in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>MIT licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About SMS Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send, receive and manage business SMS from your phone extension. Free software under the {licence}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies the `smsdesk doctor` report (it holds no secrets)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The diagnostics are on the clipboard: paste them into your message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The diagnostics could not be gathered. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <extracomment>the column of what a keyboard shortcut does</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <extracomment>the column of a shortcut's keys</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Ingest</name>
        <message>
            <source>Back in Chats: new message from {sender}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>SMS Desk cannot start: its data folder (messages and database) should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <extracomment>Exit status of a start that could not go on. How long quitting waits for the threads, all together: a logout's session manager kills an app that takes much longer, and Quit should feel immediate (the process ends within 2 s).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk cannot start: its settings folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk cannot start: its log folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk there is read-only</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you are not allowed to write there</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its data folder (messages and database) {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its settings folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its log folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot write its log in {folder} ({reason}). Make that folder and the files in it writable for your user, or start SMS Desk with --home and a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). The details are in {log}. Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in with your phone extension (for example 101), not your email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the first account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to SMS Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to SMS Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody has an account on this SMS Desk yet. Create yours: you will be its administrator and can add your colleagues later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your phone extension and your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example 101</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as colleagues will see it, e.g. Anna Smith</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No secure keyring is available to keep your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password can't be remembered on this computer. {advice} You can still sign in: you will be asked for your password next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After wrong sign-ins SMS Desk answers more slowly: wait {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in, but your password could not be remembered: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your name, as your colleagues will see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating your account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in failed unexpectedly. Details are in the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} The saved password no longer works: type your password.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No conversation selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a conversation in the chat list to read and reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the title above the list of conversations (the same word as the Chats tab)
----------
a tab: the conversations still open (not archived)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New SMS (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names, numbers and messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a tab: the conversations that were archived or dealt with</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conversation matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>{amount} MB</source>
            <extracomment>a file size in megabytes ("12 MB")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not shown: SMS Desk does not show {type} pictures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not shown: it is not an image (no type given).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not shown: it is not an image ({type}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not shown: it is too large ({size}, limit {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not shown: it is not a real image (labelled no type given).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not shown: it is not a real image (labelled {type}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>Cancelled · {time}</source>
            <extracomment>under a scheduled message that was cancelled: "Cancelled · 14:05"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <extracomment>under a failed message; {reason} is why ("The number is not valid.")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: the gateway refused it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <extracomment>link under a failed message: sends it again</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{event} · {time}</source>
            <extracomment>a history line in a conversation and its time: "Anna took over · 10:00"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture could not be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading picture…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageStatus</name>
        <message>
            <source>waiting to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <extracomment>context-menu entry: sends a failed message again</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit scheduled message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel scheduled message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Could not load the messages. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduled for today {time}</source>
            <extracomment>inside a sentence read aloud: "You, today at 16:02, scheduled for today 18:00: text"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled for today {time}</source>
            <extracomment>under a scheduled message: when it will be sent</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduled for {day} {time}</source>
            <extracomment>inside a sentence a screen reader speaks: {day} is "Thu" or "5 December"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled for {day} {time}</source>
            <extracomment>under a scheduled message: {day} is a weekday ("Thu") or a date ("5 December")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent from the desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{event}, {when}</source>
            <extracomment>a history line read aloud: what happened ("Anna took over"), then when</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{author}, {when}: {text}</source>
            <extracomment>an incoming message read aloud: "Olivia Park, yesterday at 09:14: Is my order ready?"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They</source>
            <extracomment>who wrote an incoming message when the conversation has no name to show</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{author}, {when}, {status}, {reason}: {text}</source>
            <extracomment>a failed message read aloud: "You, today at 16:02, not sent, {reason}: text"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{author}, {when}, {status}: {text}</source>
            <extracomment>a sent message read aloud: "You, today at 16:02, delivered: Thanks, see you then"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You</source>
            <extracomment>who sent a message: the person signed in</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a contact's name or a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name or number, e.g. +1 415 555 0100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use {number}</source>
            <extracomment>a button: use the corrected number shown</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact has this name. Type their number instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{country} number</source>
            <extracomment>{country} is a country's name: "Germany number" (a valid number's country)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The conversation could not be opened. {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <source>New messages in %n more conversation(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>New messages</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name} (%n new message(s))</source>
            <extracomment>a notification's title: who wrote, and how many messages are new</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} transferred a conversation to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague transferred a conversation to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A customer. Note: “{note}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}. Note: “{note}”</source>
            <extracomment>a notice's text: the conversation's name (a customer) and the colleague's note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}.</source>
            <extracomment>a notice's text: the conversation's name (a customer)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptOuts</name>
        <message>
            <source>The carrier reports this number has unsubscribed (error {code}) on {day} — messages to it are blocked</source>
            <extracomment>The reason of an opt-out a carrier reported without an error code.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier reports this number has unsubscribed on {day} — messages to it are blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number replied {keyword} on {day} — messages to it are blocked</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked — the carrier reports this number unsubscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked — this number replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed (error {code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opted out: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opted back in: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (START, UNSTOP, YES), not translated</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number has opted out of messages from this desk, so it was not sent. They must text START before you can message them again.</source>
            <extracomment>The reason a message to an opted-out number is refused (stored as its failure reason): marked here, translated where it is used (``refused()``).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outbound</name>
        <message>
            <source>This conversation no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a failed message can be sent again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled message cancelled: they replied first</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n scheduled message(s) cancelled: they replied first</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This scheduled message was cancelled already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too late: it has been sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too late: it was sent and failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too late: it is being sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This message is not scheduled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The gateway's message id {sid} already belongs to another message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Ownership</name>
        <message>
            <source>This conversation no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody owns this conversation any more. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{colleague} took over from {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody owns this conversation any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owner} took this conversation meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A transfer note can be at most {most} characters long; this one has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colleague to transfer it to, not yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} — {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred from {owner} to {colleague}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by} — {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That colleague's account no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That colleague's account is disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owner} already owns it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone changed who owns it just now. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked dealt with by {colleague}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can archive it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can mark it dealt with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived by {colleague}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved back to Chats by {colleague}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A former colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your account is disabled, so you cannot change conversations. Ask an administrator.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <source>{peer} is a sender name, not a phone number: carriers don't deliver replies to it, so SMS Desk can't send it a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a phone number. Type digits, for example {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This looks like a landline: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a toll-free number: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a premium-rate number: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a shared-cost number: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is an internet (VoIP) number: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a company switchboard (UAN) number: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a voicemail access number: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a pager number: SMS may not arrive. You can still send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile or landline number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landline number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toll-free number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premium-rate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared-cost number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internet (VoIP) number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pager number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company switchboard number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voicemail access number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile or landline number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landline number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toll-free number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premium-rate number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared-cost number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internet (VoIP) number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pager number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company switchboard number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voicemail access number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the country code: start with +, for example {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is not a country code. Check the digits after the {prefix}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number is too short for {country} numbers — check for missing digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number is too short — check for missing digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number is too long for {country} numbers — check for extra digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number is too long — check for extra digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number has the wrong number of digits for {country} numbers — check for missing or extra digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number has the wrong number of digits — check for missing or extra digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This looks like a local number without its area code: add the area code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {country} numbers start like this. Check the digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No numbers start like this. Check the digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did you mean {number}? ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did you mean {number}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS cannot reach extension {extension}. Remove it to text {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk cannot text emergency services. Call {number} instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short code ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a short code: it works only within {country}, and only if your gateway can send to short codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a short code: it works only within its country, and only if your gateway can send to short codes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Sending pictures needs a public address for them: set it in Settings → Gateway (Public media URL base, and the folder published there).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A message can hold at most {most} pictures; these are %n. Send them in two messages.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A picture could not be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is too large to send ({size}, limit {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} can't be sent: only JPEG, PNG, GIF and WebP pictures can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture could not be put in the folder for sent pictures ({folder}): {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <extracomment>window title of a picture shown full size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the picture's window</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This picture could not be shown: it is damaged or gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save picture</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PopupStack</name>
        <message numerus="yes">
            <source>+%n more</source>
            <extracomment>under the pop-ups: how many more are waiting, hidden</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Popups</name>
        <message>
            <source>Close</source>
            <extracomment>a button: closes this pop-up (the conversation stays as it is)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <extracomment>what the pop-up's text is: the SMS received</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a button: opens a box in the pop-up to answer the SMS</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a button: the SMS was seen; the conversation no longer counts as unread</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <extracomment>a button: shows the conversation in the main window</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <extracomment>a button: sends the reply typed in the pop-up</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opted out</source>
            <extracomment>what the line under the message says: why no reply can be sent</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New SMS from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say something</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>New SMS from {name}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter sends · Shift+Enter: new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Press Enter again to send anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <extracomment>the reply's status: the carrier took it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: refused.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuietHours</name>
        <message>
            <source>It is {now} for them ({zone} time), outside the hours you text customers ({start} to {end}). Send now anyway, or send at {start} their time?</source>
            <extracomment>{zone} is a time zone's city ("Los Angeles"); times are 24-hour ("08:00")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is {now} for {who} ({zone}). Send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>A number is empty.</source>
            <extracomment>Which value of a record a sentence is about (a key: each has its own whole sentences).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number it was sent to is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number is longer than {most} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender is longer than {most} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number it was sent to is longer than {most} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number holds a NUL character, which the database can't keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender holds a NUL character, which the database can't keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number it was sent to holds a NUL character, which the database can't keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its text holds a NUL character, which the database can't keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its message id holds a NUL character, which the database can't keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number it was sent to holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its text holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its message id holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway gave it no message id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its message id is longer than {most} characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Scheduling</name>
        <message>
            <source>Edit scheduled message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd d MMM yyyy  HH:mm</source>
            <extracomment>a Qt date-time format (ddd, d, MMM, yyyy, HH, mm; "h:mm AP" for a 12-hour clock)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send at</source>
            <extracomment>label of the date and time a scheduled message goes</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel if they reply first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <extracomment>screen-reader name of the quoted text of the message being scheduled</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{message}”</source>
            <extracomment>the message being scheduled, in the language's quotation marks</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your time ({zone}).</source>
            <extracomment>under the date and time: they are in the computer's time zone ("CET")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a time at least a minute from now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the message to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is too long to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside their hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You text customers between {start} and {end} their time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send at {time} their time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>button: sends nothing and keeps the message in the box</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <source>{characters} / {limit} characters — too long to send. Shorten it or split it in two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{used} / {fits}</source>
            <extracomment>a counter: characters used / characters that fit in one SMS ("42 / 160")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 SMS</source>
            <extracomment>the message goes as one SMS</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{characters} characters · %n SMS ({capacity})</source>
            <extracomment>"170 characters · 2 SMS (306)": 2 SMS hold 306 characters</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Unicode because of {characters}</source>
            <extracomment>{characters} lists the characters that need Unicode (UCS-2) encoding</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <extracomment>the tab character, named in the counter line (control characters have no name)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message numerus="yes">
            <source>%n message(s) set aside</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>a day and a time of day: "Tuesday 14:05", "5 Dec 14:05"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No message id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sid} · {when} (waiting to be tried again)</source>
            <extracomment>a message set aside: its id and when it came, asked to be fetched again</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sid} · {when}</source>
            <extracomment>a message set aside: its id and when it came</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages from the gateway that could not be stored. Show them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These messages came from the SMS gateway but could not be stored; every other message arrived as usual. Try again fetches them from the gateway again; Dismiss takes them off this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the gateway sent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the gateway sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch the selected messages again and store them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected messages off this list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is set aside.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{key} must be "" (the desktop's) or one of {codes}</source>
            <extracomment>{codes}: the language codes SMS Desk ships ("de", "fr" …)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be {choice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be {choices} or {last}</source>
            <extracomment>{choices}: the carriers' keys separated by commas, {last}: the last key</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be an object of texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be a number from 1 to 300</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be a two-letter country code such as {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be a whole number from 2 to 120</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be a whole number from 1 to 15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be a time such as {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} must be text</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>it is larger than %Ln bytes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the file does not hold a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is nested too deeply to be settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {path}: {problem}; the default is used instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {path}: {least} is larger than {most}; the defaults (2 to 8) are used instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). It was set aside as {moved}, and SMS Desk started with default settings: open Settings (Ctrl+,) to set them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk started with default settings; delete or fix the file to stop seeing this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk starts with default settings until it is fixed or removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>no secure keyring: can't be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public media URL base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder published at that address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a folder your web server publishes there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection test result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the computer ({language})</source>
            <extracomment>the first choice of the Language list: {language} is the computer's, e.g. "Deutsch"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check for new messages every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <extracomment>after a number of seconds: "30 s"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a notification when an SMS arrives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show notifications as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desktop's notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk pop-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desktop's notifications follow its Do Not Disturb and notification settings. Where the desktop has no notification service, SMS Desk's pop-ups are used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play a sound when an SMS arrives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pop-ups close after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start SMS Desk when I log in (in the tray)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tel: links (default), or callto:{number}, or a command</source>
            <extracomment>keep tel:, callto: and {number} as they are: they are what is typed here</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask before texting someone outside these hours, their time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <extracomment>quiet hours: the sending window starts at this time ("From 08:00 until 20:00")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until</source>
            <extracomment>quiet hours: the sending window ends at this time ("From 08:00 until 20:00")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language is used the next time SMS Desk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers typed without +country code are read as this country's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call opens tel:+number in your softphone. To use another, give a link such as callto:{number} or a command such as 3cxphone --dial {number}.</source>
            <extracomment>keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their time comes from their number's country (and area code in the US and Canada). Outside these hours SMS Desk offers to send at the start, their time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: {url}. A change takes effect the next time SMS Desk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secrets can't be saved on this computer: {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiet hours: the sending window must start before it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To send pictures, fill in both the Public media URL base and the folder published at that address (or leave both empty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Public media URL base must start with https:// so the gateway can fetch the pictures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Don't put the password in the URL: type it in Database password, so it is kept in the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}” ({status}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test failed unexpectedly. Details are in the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account yet.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: the settings file {file} can't be written ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving failed unexpectedly. Details are in the log file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>{owner} is answering this conversation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody owns this conversation yet, so there is nothing to transfer: reply to it first (you become its owner), then transfer it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the owner, {owner}, or an administrator can transfer this conversation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoreFaults</name>
        <message>
            <source>Can't reach the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is not answering (restarting, or the network to it is down). Every message is kept; SMS Desk carries on by itself as soon as it answers again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program is holding the message database. SMS Desk tries again shortly; nothing is lost meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message database can't grow: free some disk space. SMS Desk tries again by itself.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Connected</source>
            <extracomment>the status bar: the desk is talking to the gateway</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected — another desk is talking to the gateway for the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has no usable message id, so it can't be fetched from the gateway again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway no longer has it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway still sends it in a form SMS Desk can't read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway says it is not a message to this desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database refused it ({error}); details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not received by the gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not at the gateway yet; SMS Desk will look again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture not fetched: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Another desk is talking to the gateway for the team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database is unreachable; trying again shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the team database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>{day_and_month} {year}</source>
            <extracomment>a date in a saved reply: {day_and_month} is "25 November", {year} is "2026"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That template was deleted in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your account is disabled, so you cannot change templates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an administrator can change templates shared with everyone. Save it as your own (Only me) instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That template belongs to a colleague; only they can change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a template “{name}” shared with everyone. Pick another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a template “{name}” of yours. Pick another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template name can be at most {most} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template “{name}” needs some text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template “{name}” is too long: at most {most} characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Only me</source>
            <extracomment>who can use a template: the colleague who wrote it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone (admins)</source>
            <extracomment>who can use a template: every colleague (only administrators can choose it)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  (mine)</source>
            <extracomment>a template in the menu that only its author sees</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No templates yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert a saved reply (or type / and its name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. thanks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hi {first_name}, thanks for your message! — {my_name}</source>
            <extracomment>an example template; keep {first_name} and {my_name} as they are</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an administrator can share templates with everyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variables: {first_name} (the contact's), {my_name} (yours), {date} (today)</source>
            <extracomment>keep the {names} as they are: they are what a template writer types</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <extracomment>a button: start writing a new template</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  ·  everyone</source>
            <extracomment>a template in the list, shared with every colleague</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  ·  only me</source>
            <extracomment>a template in the list that only its author sees</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with everyone: only an administrator can change or delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>Transfer conversation</source>
            <extracomment>window title: hand a conversation over to a colleague</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the conversation with {title} to a colleague:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name or extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No colleague to transfer to: add accounts with “{command}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional), e.g. “wants a call back after 3 pm”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to the chosen colleague</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Keep the note under %n character(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open SMS Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not disturb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk — no unread messages</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>SMS Desk — %n unread conversation(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{status} (offline)</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") when the gateway does not answer</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} · Do not disturb</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") while Do not disturb is on</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TraySession</name>
        <message>
            <source>This desktop has no system tray, so SMS Desk stays open in its window: closing the window quits it. Pop-ups still appear when an SMS arrives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS Desk is still running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It keeps running in the system tray: click its icon to open it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Twilio</name>
        <message>
            <source>SMS Desk could not read the SMS gateway's list of messages to {number} far enough back to tell whether a message already went. It stays waiting and is checked again later, so that it is not sent twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A picture's address is not on the SMS gateway; it was not fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture through too many redirects; it was not fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway no longer has this picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} could not hand over a picture (HTTP {status}). SMS Desk will try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Twilio", AUTH_SENTENCE).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture to an address SMS Desk does not fetch from; it was not fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't reach the SMS gateway at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} did not answer in time. SMS Desk will check what happened and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't make a secure connection to the SMS gateway at {host}: its certificate was not accepted. Check the gateway address in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the SMS gateway at {host} broke before it answered. SMS Desk will check what happened and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} had a problem (HTTP {status}). SMS Desk will try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway has no record of that message. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway has no record of what SMS Desk asked for. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the gateway address in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's entry is not a message record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's record has no message id (sid).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's record has no status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's record has an unknown direction ({direction}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's record has no date_created.</source>
            <extracomment>date_created is the name of the gateway's field: not translated</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a date.</source>
            <extracomment>{field} is the name of the gateway's field (date_sent…): not translated</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a number.</source>
            <extracomment>{field} is the name of the gateway's field (num_media…): not translated</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's record could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>No app on this computer handles {scheme}: links, so the call could not start. Install your softphone (for example the 3CX app), or set how to call in Settings → Call with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call command “{command}” could not be started ({reason}). Check Settings → Call with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calling {number}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred to your colleague.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked dealt with and archived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked dealt with, but a new message arrived just now, so the conversation stays in Chats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved back to Chats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived.</source>
            <extracomment>a status message: the conversation was archived</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not archived: a new message arrived just now, so the conversation stays in Chats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as unread.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS with {title}.pdf</source>
            <extracomment>the file name suggested when a conversation is exported</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF, printable (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The conversation could not be exported. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS opt-outs.csv</source>
            <extracomment>the file name suggested when the opt-out list is exported</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export opt-out list</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n opted-out number(s) to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The opt-out list could not be exported. {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New SMS…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export opt-out list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch between Chats and Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send (Enter in the box)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Do not disturb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About SMS Desk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <extracomment>%n is a number of seconds</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Offline — retrying…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{problem} — retrying in %n s</source>
            <extracomment>{problem} is a short headline ("Can't reach the database"); %n seconds</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{problem} — retrying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Syncing could not start. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing failed unexpectedly; SMS Desk will try again. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
