<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>The account could not be changed.</source>
            <translation>Das Konto konnte nicht geändert werden.</translation>
        </message>
        <message>
            <source>Signing in did not succeed.</source>
            <translation>Die Anmeldung ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example 101.</source>
            <translation>Geben Sie Ihre Nebenstelle ein, zum Beispiel 101.</translation>
        </message>
        <message>
            <source>Extension or password is wrong</source>
            <translation>Nebenstelle oder Passwort ist falsch</translation>
        </message>
        <message>
            <source>The sign-in remembered on this computer has ended. Type your password.</source>
            <translation>Die auf diesem Computer gespeicherte Anmeldung ist abgelaufen. Geben Sie Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator to enable it.</source>
            <translation>Dieses Konto ist deaktiviert. Bitten Sie Ihren Administrator, es zu aktivieren.</translation>
        </message>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation>
                <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
                <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <source>This extension already has an account.</source>
            <translation>Diese Nebenstelle hat bereits ein Konto.</translation>
        </message>
        <message>
            <source>There is no account with this extension.</source>
            <translation>Es gibt kein Konto mit dieser Nebenstelle.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: disabling it would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Dies ist der einzige aktive Administrator: Wird er deaktiviert, kann niemand mehr Konten verwalten. Machen Sie zuerst ein anderes Teammitglied zum Administrator.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: removing its administrator role would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Dies ist der einzige aktive Administrator: Ohne seine Administratorrolle kann niemand mehr Konten verwalten. Machen Sie zuerst ein anderes Teammitglied zum Administrator.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins. Wait a minute, then try again.</source>
            <translation>Es gab zu viele fehlgeschlagene Anmeldungen. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins for this extension. Wait {seconds} s, then try again.</source>
            <translation>Für diese Nebenstelle gab es zu viele fehlgeschlagene Anmeldungen. Warten Sie {seconds} s und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Only an administrator can change accounts.</source>
            <translation>Nur ein Administrator kann Konten ändern.</translation>
        </message>
        <message>
            <source>Sign in with your phone extension (for example {example}), not your email address</source>
            <translation>Melden Sie sich mit Ihrer Nebenstelle an (zum Beispiel {example}), nicht mit Ihrer E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example {example}.</source>
            <translation>Geben Sie Ihre Nebenstelle ein, zum Beispiel {example}.</translation>
        </message>
        <message numerus="yes">
            <source>An extension is %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Eine Nebenstelle hat %n Ziffer, zum Beispiel {example}.</numerusform>
                <numerusform>Eine Nebenstelle hat %n Ziffern, zum Beispiel {example}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is {least} to %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Eine Nebenstelle hat {least} bis %n Ziffer, zum Beispiel {example}.</numerusform>
                <numerusform>Eine Nebenstelle hat {least} bis %n Ziffern, zum Beispiel {example}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter a name for the account, for example Anna.</source>
            <translation>Geben Sie einen Namen für das Konto ein, zum Beispiel Anna.</translation>
        </message>
        <message>
            <source>A name can be at most {most} characters long; this one has {count}.</source>
            <translation>Ein Name darf höchstens {most} Zeichen lang sein; dieser hat {count}.</translation>
        </message>
        <message>
            <source>A name cannot contain line breaks or other control characters.</source>
            <translation>Ein Name darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <source>Extension {extension} already has an account.</source>
            <translation>Die Nebenstelle {extension} hat bereits ein Konto.</translation>
        </message>
        <message>
            <source>An account already exists; sign in with it.</source>
            <translation>Es gibt bereits ein Konto; melden Sie sich damit an.</translation>
        </message>
        <message>
            <source>{user} is not an administrator: only an administrator can change accounts. Give the extension of an administrator.</source>
            <translation>{user} ist kein Administrator: Nur ein Administrator kann Konten ändern. Geben Sie die Nebenstelle eines Administrators an.</translation>
        </message>
        <message>
            <source>There is no account with extension {extension}.</source>
            <translation>Es gibt kein Konto mit der Nebenstelle {extension}.</translation>
        </message>
    </context>
    <context>
        <name>AnswerShortcut</name>
        <message>
            <source>Reply to the newest message</source>
            <translation>Auf die neueste Nachricht antworten</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Bild</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>a tray menu entry: who wrote, and the start of what they wrote</extracomment>
            <translation>{name}: {text}</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Attach picture</source>
            <translation>Bild anhängen</translation>
        </message>
        <message>
            <source>Send a picture (or drop one on the conversation)</source>
            <translation>Ein Bild senden (oder auf die Unterhaltung ziehen)</translation>
        </message>
        <message>
            <source>Picture to send</source>
            <translation>Bild zum Senden</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Bild entfernen</translation>
        </message>
        <message>
            <source>Attach pictures</source>
            <translation>Bilder anhängen</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most %n picture(s): the first %n are attached.</source>
            <translation>
                <numerusform>Eine Nachricht kann höchstens %n Bild enthalten: Das erste wurde angehängt.</numerusform>
                <numerusform>Eine Nachricht kann höchstens %n Bilder enthalten: Die ersten %n wurden angehängt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture to send: {names}</source>
            <translation>Bild zum Senden: {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) to send: {names}</source>
            <translation>
                <numerusform>%n Bild zum Senden: {names}</numerusform>
                <numerusform>%n Bilder zum Senden: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove pictures</source>
            <translation>Bilder entfernen</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Send, receive and manage business SMS</source>
            <extracomment>The autostart entry's comment (what the desktop's session settings list it as).</extracomment>
            <translation>Geschäftliche SMS senden, empfangen und verwalten</translation>
        </message>
    </context>
    <context>
        <name>Calling</name>
        <message>
            <source>{number} is not a valid phone number, so it cannot be called.</source>
            <translation>{number} ist keine gültige Telefonnummer und kann daher nicht angerufen werden.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk does not dial it. Use your phone.</source>
            <translation>{number} ist eine Notrufnummer: SMS Desk wählt sie nicht. Verwenden Sie Ihr Telefon.</translation>
        </message>
        <message>
            <source>{number} is a short code that cannot be called from here: reply by SMS instead.</source>
            <translation>{number} ist eine Kurzwahlnummer, die von hier aus nicht angerufen werden kann: Antworten Sie stattdessen per SMS.</translation>
        </message>
        <message>
            <source>“{name}” is a sender name, not a phone number: it cannot be called, and carriers don't deliver replies to it. Contact the sender another way.</source>
            <translation>„{name}“ ist ein Absendername, keine Telefonnummer: Er kann nicht angerufen werden, und Anbieter stellen Antworten daran nicht zu. Kontaktieren Sie den Absender auf anderem Weg.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number, so it cannot be called.</source>
            <translation>„{text}“ ist keine Telefonnummer und kann daher nicht angerufen werden.</translation>
        </message>
        <message>
            <source>The Call setting must contain {number} where the phone number goes, for example callto:{number} or 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>Die Anrufeinstellung muss {number} an der Stelle der Telefonnummer enthalten, zum Beispiel callto:{number} oder 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>The Call command can't be read ({problem}). Check its quotes.</source>
            <extracomment>{problem} is Python's own (English) reason, e.g. "No closing quotation"</extracomment>
            <translation>Der Anrufbefehl kann nicht gelesen werden ({problem}). Prüfen Sie die Anführungszeichen.</translation>
        </message>
        <message>
            <source>The Call command must start with the program to run, for example 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>Der Anrufbefehl muss mit dem auszuführenden Programm beginnen, zum Beispiel 3cxphone --dial {number}.</translation>
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>Demo gateway (built in)</source>
            <translation>Demo-Gateway (integriert)</translation>
        </message>
        <message>
            <source>The demo gateway is not running; it starts with SMS Desk.</source>
            <extracomment>Its state file in the data directory: its messages survive a restart of SMS Desk.</extracomment>
            <translation>Das Demo-Gateway läuft nicht; es startet zusammen mit SMS Desk.</translation>
        </message>
        <message>
            <source>Enter the number in international form, starting with + (e.g. +14155550100).</source>
            <translation>Geben Sie die Nummer im internationalen Format ein, beginnend mit + (z. B. +14155550100).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Check the digits and the country code.</source>
            <translation>Dies ist keine gültige Telefonnummer. Prüfen Sie die Ziffern und die Landesvorwahl.</translation>
        </message>
        <message>
            <source>Write it in E.164 form: + and digits only, e.g. +14155550100.</source>
            <translation>Schreiben Sie sie im E.164-Format: nur + und Ziffern, z. B. +14155550100.</translation>
        </message>
        <message>
            <source>Enter the {field}.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Geben Sie „{field}“ ein.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <extracomment>{field} is the setting's label ("From number"), {problem} what is wrong with it</extracomment>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>SMS Desk relay</source>
            <translation>SMS-Desk-Relay</translation>
        </message>
        <message>
            <source>https://… (optional, from your administrator)</source>
            <translation>https://… (optional, von Ihrem Administrator)</translation>
        </message>
        <message>
            <source>With your team's relay, delivery reports arrive at once instead of being asked for every few seconds.</source>
            <translation>Mit dem Relay Ihres Teams kommen Zustellberichte sofort an, statt alle paar Sekunden abgefragt zu werden.</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's details from its console.</source>
            <translation>Öffnen Sie die Einstellungen von SMS Desk und geben Sie die Daten des Gateways aus dessen Konsole ein.</translation>
        </message>
        <message>
            <source>The SMS gateway is not running.</source>
            <translation>Das SMS-Gateway läuft nicht.</translation>
        </message>
        <message>
            <source>Telnyx</source>
            <translation>Telnyx</translation>
        </message>
        <message>
            <source>The API address for {host} uses plain http, which would send the API key and messages unencrypted. Use an https:// address instead.</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>Die API-Adresse für {host} verwendet einfaches http, wodurch API-Schlüssel und Nachrichten unverschlüsselt übertragen würden. Verwenden Sie stattdessen eine https://-Adresse.</translation>
        </message>
        <message>
            <source>The API address should be a web address like https://api.telnyx.com, without a user name, password, '?' or '#'.</source>
            <translation>Die API-Adresse muss eine Webadresse wie https://api.telnyx.com sein, ohne Benutzernamen, Passwort, „?“ oder „#“.</translation>
        </message>
        <message>
            <source>From: enter the number in international form (e.g. +14155550100), or a sender ID of up to 11 letters, digits or spaces.</source>
            <translation>Absender: Geben Sie die Nummer in internationaler Form ein (z. B. +14155550100) oder eine Absenderkennung aus höchstens 11 Buchstaben, Ziffern oder Leerzeichen.</translation>
        </message>
        <message>
            <source>API address</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>API-Adresse</translation>
        </message>
        <message>
            <source>Telnyx hands over incoming SMS only by webhook: this desk sends through Telnyx, but receives SMS only through an SMS Desk relay.</source>
            <translation>Telnyx liefert eingehende SMS nur per Webhook: Dieser Arbeitsplatz sendet über Telnyx, empfängt SMS aber nur über ein SMS-Desk-Relay.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>im Schlüsselbund Ihres Systems gespeichert</translation>
        </message>
        <message>
            <source>Enter the Telnyx API key (in the Telnyx portal, under API Keys).</source>
            <translation>Geben Sie den Telnyx-API-Schlüssel ein (im Telnyx-Portal unter „API Keys“).</translation>
        </message>
        <message>
            <source>From number or sender ID</source>
            <translation>Absendernummer oder Absenderkennung</translation>
        </message>
        <message>
            <source>+14155550100, or a sender ID such as ACME</source>
            <translation>+14155550100 oder eine Absenderkennung wie ACME</translation>
        </message>
        <message>
            <source>Messaging profile ID</source>
            <translation>Messaging-Profil-ID</translation>
        </message>
        <message>
            <source>needed with a sender ID or a number pool</source>
            <translation>nötig bei Absenderkennung oder Nummernpool</translation>
        </message>
        <message>
            <source>Desk number</source>
            <translation>Empfangsnummer</translation>
        </message>
        <message>
            <source>needed without a From number</source>
            <translation>nötig ohne Absendernummer</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the Telnyx API key and the desk's From number (or Messaging profile ID) from the Telnyx portal.</source>
            <translation>Öffnen Sie die Einstellungen von SMS Desk und geben Sie den Telnyx-API-Schlüssel und die Absendernummer des Arbeitsplatzes (oder die Messaging-Profil-ID) aus dem Telnyx-Portal ein.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging profile ID.</source>
            <translation>Geben Sie die Absendernummer des Arbeitsplatzes oder eine Messaging-Profil-ID ein.</translation>
        </message>
        <message>
            <source>A sender ID (a name instead of a number) needs the Messaging profile ID it is registered on.</source>
            <translation>Eine Absenderkennung (ein Name statt einer Nummer) braucht die Messaging-Profil-ID, unter der sie registriert ist.</translation>
        </message>
        <message>
            <source>Without a From number, enter the Desk number: the number customers text.</source>
            <translation>Geben Sie ohne Absendernummer die Empfangsnummer ein: die Nummer, an die Kunden schreiben.</translation>
        </message>
        <message>
            <source>Twilio-compatible (Twilio, SignalWire…)</source>
            <translation>Twilio-kompatibel (Twilio, SignalWire…)</translation>
        </message>
        <message>
            <source>Account SID</source>
            <translation>Account SID</translation>
        </message>
        <message>
            <source>AC… (SignalWire: your project ID)</source>
            <translation>AC… (SignalWire: Ihre Projekt-ID)</translation>
        </message>
        <message>
            <source>Enter the Account SID (on the gateway's console).</source>
            <translation>Geben Sie die Account SID ein (in der Konsole des Gateways).</translation>
        </message>
        <message>
            <source>Auth token</source>
            <translation>Auth Token</translation>
        </message>
        <message>
            <source>auth token</source>
            <translation>Auth Token</translation>
        </message>
        <message>
            <source>Enter the auth token.</source>
            <translation>Geben Sie das Auth Token ein.</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>Absendernummer</translation>
        </message>
        <message>
            <source>Messaging Service SID</source>
            <translation>Messaging Service SID</translation>
        </message>
        <message>
            <source>MG… (optional, instead of a From number)</source>
            <translation>MG… (optional, statt einer Absendernummer)</translation>
        </message>
        <message>
            <source>the number customers text (with a Messaging Service)</source>
            <translation>die Nummer, an die Kunden schreiben (bei einem Messaging Service)</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's Account SID, auth token and sending number from the gateway's console.</source>
            <translation>Öffnen Sie die Einstellungen von SMS Desk und geben Sie Account SID, Auth Token und Absendernummer aus der Konsole des Gateways ein.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging Service SID.</source>
            <translation>Geben Sie die Absendernummer des Arbeitsplatzes oder eine Messaging Service SID ein.</translation>
        </message>
        <message>
            <source>With a Messaging Service, enter the Desk number: the number customers text, so SMS Desk can find their messages.</source>
            <translation>Geben Sie bei einem Messaging Service die Empfangsnummer ein: die Nummer, an die Kunden schreiben, damit SMS Desk deren Nachrichten findet.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Picture</source>
            <extracomment>stands for the newest message when it is only pictures (an MMS without text)</extracomment>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a small tag beside a search result's name: the conversation is archived</extracomment>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Could not load the chat list. {reason}</source>
            <translation>Die Chatliste konnte nicht geladen werden. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <extracomment>a screen reader's part of a chat list row: how many messages are unread</extracomment>
            <translation>
                <numerusform>%n ungelesen</numerusform>
                <numerusform>%n ungelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>answered by {name}</source>
            <translation>beantwortet von {name}</translation>
        </message>
        <message>
            <source>answered by a colleague</source>
            <translation>beantwortet von einem Teammitglied</translation>
        </message>
        <message>
            <source>You: {text}</source>
            <extracomment>the newest message of a chat list row, which I sent</extracomment>
            <translation>Sie: {text}</translation>
        </message>
        <message>
            <source>owner: you</source>
            <translation>zuständig: Sie</translation>
        </message>
        <message>
            <source>owner: {name}</source>
            <translation>zuständig: {name}</translation>
        </message>
        <message>
            <source>owner: a colleague</source>
            <translation>zuständig: ein Teammitglied</translation>
        </message>
        <message>
            <source>archived</source>
            <extracomment>a screen reader's part of a chat list row: the conversation is archived</extracomment>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>No messages yet</source>
            <translation>Noch keine Nachrichten</translation>
        </message>
        <message>
            <source>Chat list</source>
            <translation>Chatliste</translation>
        </message>
    </context>
    <context>
        <name>ChatMenu</name>
        <message>
            <source>Open</source>
            <extracomment>a chat row's context menu entry: opens the conversation</extracomment>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <extracomment>a chat row's context menu entry: opens the Transfer dialog</extracomment>
            <translation>Übergeben…</translation>
        </message>
        <message>
            <source>Copy number</source>
            <extracomment>a chat row's context menu entry: copies the conversation's phone number</extracomment>
            <translation>Nummer kopieren</translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <extracomment>status message after Copy number in a chat row's menu</extracomment>
            <translation>{number} kopiert.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Say something</source>
            <extracomment>placeholder of the box where the message to send is typed</extracomment>
            <translation>Nachricht eingeben</translation>
        </message>
        <message>
            <source>Templates: insert a saved reply (or type / and its name)</source>
            <translation>Vorlagen: eine gespeicherte Antwort einfügen (oder / und ihren Namen eingeben)</translation>
        </message>
        <message>
            <source>Attach picture: send a picture (or drop one on the conversation)</source>
            <translation>Bild anhängen: ein Bild senden (oder auf die Unterhaltung ziehen)</translation>
        </message>
        <message>
            <source>Replies to a sender name can't be delivered</source>
            <translation>Antworten an einen Absendernamen können nicht zugestellt werden</translation>
        </message>
        <message>
            <source>Can't reply</source>
            <translation>Antworten nicht möglich</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>SMS abbestellt</translation>
        </message>
    </context>
    <context>
        <name>Connecting</name>
        <message>
            <source>SMS Desk is still connecting to its database. A conversation you click in the list opens in a moment; everything else works once it is connected.</source>
            <translation>SMS Desk verbindet sich noch mit seiner Datenbank. Eine Unterhaltung, die Sie in der Liste anklicken, öffnet sich gleich; alles andere funktioniert, sobald die Verbindung steht.</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Ein Kontakt braucht einen Namen.</translation>
        </message>
        <message>
            <source>The name “{name}…” is too long: at most {most} characters.</source>
            <translation>Der Name „{name}…“ ist zu lang: höchstens {most} Zeichen.</translation>
        </message>
        <message>
            <source>The company of {name} is too long: at most {most} characters.</source>
            <translation>Die Firma von {name} ist zu lang: höchstens {most} Zeichen.</translation>
        </message>
        <message>
            <source>{name} needs at least one number.</source>
            <translation>{name} braucht mindestens eine Nummer.</translation>
        </message>
        <message>
            <source>This contact no longer exists; it may have been deleted.</source>
            <translation>Dieser Kontakt existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
        </message>
        <message>
            <source>{number} already belongs to {name}.</source>
            <translation>{number} gehört bereits zu {name}.</translation>
        </message>
        <message>
            <source>One of these numbers was just given to another contact. Try again.</source>
            <translation>Eine dieser Nummern wurde gerade einem anderen Kontakt zugeordnet. Versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Numbers</source>
            <extracomment>the heading above a contact's phone numbers</extracomment>
            <translation>Nummern</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>button beside a contact's number: opens the conversation with that number</extracomment>
            <translation>SMS schreiben</translation>
        </message>
        <message>
            <source>Message {number}</source>
            <extracomment>what a screen reader says of the Message button: its word first, then the number it writes to ("Message (415) 555-0134")</extracomment>
            <translation>SMS schreiben an {number}</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Kontakt hinzufügen</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Noch keine Kontakte.</translation>
        </message>
        <message>
            <source>Add the people you text, or import them from a vCard or CSV file (phones and address books export one).</source>
            <translation>Fügen Sie die Personen hinzu, denen Sie schreiben, oder importieren Sie sie aus einer vCard- oder CSV-Datei (Telefone und Adressbücher können eine exportieren).</translation>
        </message>
        <message>
            <source>No contact matches.</source>
            <translation>Kein Kontakt gefunden.</translation>
        </message>
        <message>
            <source>Search looks at names, companies and numbers.</source>
            <translation>Die Suche findet Namen, Firmen und Nummern.</translation>
        </message>
        <message>
            <source>No contact chosen.</source>
            <translation>Kein Kontakt ausgewählt.</translation>
        </message>
        <message>
            <source>Choose a contact in the list to see it here.</source>
            <translation>Wählen Sie einen Kontakt in der Liste, um ihn hier zu sehen.</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>Geben Sie einen Namen ein.</translation>
        </message>
        <message>
            <source>“{number}”: {problem}</source>
            <extracomment>a line of the Numbers box that is not a number, and why</extracomment>
            <translation>„{number}“: {problem}</translation>
        </message>
        <message>
            <source>Enter at least one number.</source>
            <translation>Geben Sie mindestens eine Nummer ein.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>One number per line, e.g. +1 415 555 0100</source>
            <translation>Eine Nummer pro Zeile, z. B. +1 415 555 0100</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>The contact could not be saved. {reason}</source>
            <translation>Der Kontakt konnte nicht gespeichert werden. {reason}</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Kontakt bearbeiten</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Kontakte aus {file} importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate row(s) merged by number</source>
            <translation>
                <numerusform>%n doppelte Zeile nach Nummer zusammengeführt</numerusform>
                <numerusform>%n doppelte Zeilen nach Nummer zusammengeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported ({merged}).</source>
            <extracomment>{merged} is "3 duplicate rows merged by number"</extracomment>
            <translation>
                <numerusform>%n Kontakt wird importiert ({merged}).</numerusform>
                <numerusform>%n Kontakte werden importiert ({merged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported.</source>
            <translation>
                <numerusform>%n Kontakt wird importiert.</numerusform>
                <numerusform>%n Kontakte werden importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can't be imported: see the reasons below.</source>
            <translation>
                <numerusform>%n Zeile kann nicht importiert werden: Die Gründe stehen unten.</numerusform>
                <numerusform>%n Zeilen können nicht importiert werden: Die Gründe stehen unten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation>Kontakte in der Datei</translation>
        </message>
        <message>
            <source>Row</source>
            <extracomment>the column of the row's line number in the file</extracomment>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Will be imported</source>
            <translation>Wird importiert</translation>
        </message>
        <message>
            <source>Will be imported ({problems})</source>
            <translation>Wird importiert ({problems})</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Contacts ({patterns})</source>
            <translation>Kontakte ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation>Es wurde nichts importiert. {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}.</source>
            <translation>Es wurde nichts importiert: {reason}.</translation>
        </message>
        <message>
            <source>Nothing was imported: it could not be read.</source>
            <translation>Es wurde nichts importiert: Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Nothing was imported: the file could not be read.</source>
            <translation>Es wurde nichts importiert: Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Imported: {added} new, {updated} updated, {unchanged} already there.</source>
            <translation>Importiert: {added} neu, {updated} aktualisiert, {unchanged} bereits vorhanden.</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {file}.</source>
            <translation>
                <numerusform>%n Kontakt nach {file} exportiert.</numerusform>
                <numerusform>%n Kontakte nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts could not be exported. {reason}</source>
            <translation>Die Kontakte konnten nicht exportiert werden. {reason}</translation>
        </message>
        <message>
            <source>{company} · {number}</source>
            <extracomment>a contact row's second line: the company, then the first number</extracomment>
            <translation>{company} · {number}</translation>
        </message>
        <message>
            <source>Contact list</source>
            <translation>Kontaktliste</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Kontakte durchsuchen</translation>
        </message>
        <message>
            <source>Search by name, company or number</source>
            <translation>Nach Name, Firma oder Nummer suchen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Kontakt löschen</translation>
        </message>
        <message>
            <source>Delete {name}? Their conversations stay, shown by number.</source>
            <translation>{name} löschen? Die Unterhaltungen bleiben erhalten und werden mit der Nummer angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>ContactsFile</name>
        <message>
            <source>no name</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>kein Name</translation>
        </message>
        <message>
            <source>“{number}” is not a phone number</source>
            <translation>„{number}“ ist keine Telefonnummer</translation>
        </message>
        <message>
            <source>no phone number</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>keine Telefonnummer</translation>
        </message>
        <message>
            <source>{file} is neither a vCard (.vcf) nor a CSV file of contacts.</source>
            <translation>{file} ist weder eine vCard (.vcf) noch eine CSV-Datei mit Kontakten.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>This is not a contacts file: it holds binary data, not text.</source>
            <translation>Dies ist keine Kontaktdatei: Sie enthält Binärdaten, keinen Text.</translation>
        </message>
        <message>
            <source>Line {line}: this is not a vCard (no BEGIN:VCARD).</source>
            <translation>Zeile {line}: Dies ist keine vCard (kein BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>Line {line}: this vCard has no END:VCARD; the file may be cut short.</source>
            <translation>Zeile {line}: Diese vCard hat kein END:VCARD; die Datei ist möglicherweise unvollständig.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quoted cell is never closed.</source>
            <translation>Zeile {line}: Diese CSV-Datei ist fehlerhaft: Eine Zelle in Anführungszeichen wird nie geschlossen.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quote inside a quoted cell is not doubled.</source>
            <translation>Zeile {line}: Diese CSV-Datei ist fehlerhaft: Ein Anführungszeichen in einer Zelle in Anführungszeichen ist nicht verdoppelt.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: {reason}.</source>
            <translation>Zeile {line}: Diese CSV-Datei ist fehlerhaft: {reason}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name) and no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Diese CSV-Datei hat weder eine Namensspalte (Name oder First Name und Last Name) noch eine Telefonspalte (Phone, Mobile, Number oder Telephone). Ihre Spalten sind: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name). Its columns are: {columns}.</source>
            <translation>Diese CSV-Datei hat keine Namensspalte (Name oder First Name und Last Name). Ihre Spalten sind: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Diese CSV-Datei hat keine Telefonspalte (Phone, Mobile, Number oder Telephone). Ihre Spalten sind: {columns}.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>the list of a CSV file's columns when it has none</extracomment>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>ConversationActions</name>
        <message>
            <source>Mark as read</source>
            <extracomment>menu entry: marks the conversation's messages as read</extracomment>
            <translation>Als gelesen markieren</translation>
        </message>
        <message>
            <source>Mark as unread</source>
            <extracomment>menu entry: marks the conversation as unread again</extracomment>
            <translation>Als ungelesen markieren</translation>
        </message>
        <message>
            <source>Call</source>
            <extracomment>button: phones the conversation's number</extracomment>
            <translation>Anrufen</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to a colleague</extracomment>
            <translation>Übergeben</translation>
        </message>
        <message>
            <source>Dealt with</source>
            <extracomment>button: marks the conversation as handled</extracomment>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Archive</source>
            <extracomment>menu entry: moves the conversation to the archive</extracomment>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <extracomment>menu entry: brings an archived conversation back to the list</extracomment>
            <translation>Aus dem Archiv holen</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Kontakt hinzufügen</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Kontakt bearbeiten</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the open conversation (it stays in the list)</extracomment>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <extracomment>tooltip: an action's name and its keyboard shortcut, "Call (Ctrl+Shift+L)"</extracomment>
            <translation>{action} ({keys})</translation>
        </message>
    </context>
    <context>
        <name>ConversationExport</name>
        <message>
            <source>dd MMM yyyy</source>
            <extracomment>a Qt date format (d, MMM, yyyy) for the printed export: "25 Nov 2026"</extracomment>
            <translation>dd. MMM yyyy</translation>
        </message>
        <message>
            <source>{day} {time} (UTC{offset})</source>
            <extracomment>a printed message's time: "25 Nov 2026 14:05 (UTC+01:00)"</extracomment>
            <translation>{day} {time} (UTC{offset})</translation>
        </message>
        <message>
            <source>{when} · Received · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Empfangen · von {sender} an {recipient} · {status}</translation>
        </message>
        <message>
            <source>{when} · Sent · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Gesendet · von {sender} an {recipient} · {status}</translation>
        </message>
    </context>
    <context>
        <name>ConversationHeader</name>
        <message>
            <source>SMS</source>
            <extracomment>under a conversation's title: the peer is an ordinary phone number</extracomment>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Short code</source>
            <extracomment>under a conversation's title: the peer is a carrier's short code (a 5-6 digit number)</extracomment>
            <translation>Kurzwahlnummer</translation>
        </message>
        <message>
            <source>Sender name: replies can't be delivered</source>
            <translation>Absendername: Antworten können nicht zugestellt werden</translation>
        </message>
        <message>
            <source>Owner</source>
            <extracomment>what the label under the title is, for a screen reader: who owns the conversation</extracomment>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>Weitere Optionen</translation>
        </message>
        <message>
            <source>More options: {actions}</source>
            <translation>Weitere Optionen: {actions}</translation>
        </message>
        <message>
            <source>Unowned</source>
            <extracomment>the conversation has no owner yet (a colleague who replies becomes its owner)</extracomment>
            <translation>Nicht zugewiesen</translation>
        </message>
        <message>
            <source>Unowned — the first to reply owns it</source>
            <translation>Nicht zugewiesen – wer zuerst antwortet, übernimmt sie</translation>
        </message>
        <message>
            <source>Owner: you</source>
            <translation>Zuständig: Sie</translation>
        </message>
        <message>
            <source>Owner: {colleague}</source>
            <translation>Zuständig: {colleague}</translation>
        </message>
        <message>
            <source>Conversation with {title}</source>
            <translation>Unterhaltung mit {title}</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>button: sends the failed messages again</extracomment>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>button: gives up on the failed messages (they show as cancelled, never sent)</extracomment>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>The gateway refused it.</source>
            <translation>Das Gateway hat sie abgelehnt.</translation>
        </message>
        <message>
            <source>A message was not sent. {reason}</source>
            <translation>Eine Nachricht wurde nicht gesendet. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) were not sent. Latest: {reason}</source>
            <translation>
                <numerusform>%n Nachricht wurde nicht gesendet. Grund: {reason}</numerusform>
                <numerusform>%n Nachrichten wurden nicht gesendet. Letzter Grund: {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>SMS abbestellt</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <source>Your pictures were not sent. {reason}</source>
            <translation>Ihre Bilder wurden nicht gesendet. {reason}</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>ein Teammitglied</translation>
        </message>
        <message>
            <source>{reason} Your message was not sent; its text is back in the box.</source>
            <translation>{reason} Ihre Nachricht wurde nicht gesendet; der Text steht wieder im Eingabefeld.</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>button: sends the typed message now</extracomment>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Send (Enter) — Shift+Enter for a new line</source>
            <translation>Senden (Enter) – Shift+Enter für eine neue Zeile</translation>
        </message>
        <message>
            <source>Send later…</source>
            <translation>Später senden…</translation>
        </message>
        <message>
            <source>Send options</source>
            <translation>Sendeoptionen</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Später senden</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Nachrichtenlänge</translation>
        </message>
        <message>
            <source>Composer notice</source>
            <translation>Hinweis zum Eingabefeld</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Send anyway?</source>
            <translation>Einige Variablen sind nicht ausgefüllt: {names}. Trotzdem senden?</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <extracomment>button: sends the message with its template variables left as they are</extracomment>
            <translation>Trotzdem senden</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on Windows and macOS the system's own credential store is used). On a server without a desktop, run SMS Desk in a D-Bus session with an unlocked keyring (for example `dbus-run-session -- sh`, then `gnome-keyring-daemon --unlock`), or type the password at each sign-in.</source>
            <translation>Installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet (unter Windows und macOS wird die Anmeldeinformationsverwaltung des Systems verwendet). Auf einem Server ohne Desktop starten Sie SMS Desk in einer D-Bus-Sitzung mit entsperrtem Schlüsselbund (zum Beispiel `dbus-run-session -- sh`, dann `gnome-keyring-daemon --unlock`), oder geben Sie das Passwort bei jeder Anmeldung ein.</translation>
        </message>
        <message>
            <source>No secure keyring was found on this computer.</source>
            <translation>Auf diesem Computer wurde kein sicherer Schlüsselbund gefunden.</translation>
        </message>
        <message>
            <source>Until then SMS Desk will not remember passwords, and cannot keep the gateway's auth token or a database password.</source>
            <translation>Bis dahin speichert SMS Desk keine Passwörter und kann weder das Auth Token des Gateways noch ein Datenbankpasswort aufbewahren.</translation>
        </message>
        <message>
            <source>The keyring is locked. Unlock it (for example by logging in to your desktop again) and try again.</source>
            <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel, indem Sie sich erneut am Desktop anmelden) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The keyring could not be opened. Check that GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>Der Schlüsselbund konnte nicht geöffnet werden. Prüfen Sie, ob GNOME Keyring oder KWallet läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The keyring refused to store the secret. Check that it is unlocked (for example in Passwords and Keys or KWalletManager) and try again.</source>
            <translation>Der Schlüsselbund hat das Speichern des Geheimnisses abgelehnt. Prüfen Sie, ob er entsperrt ist (zum Beispiel in „Passwörter und Verschlüsselung“ oder KWalletManager), und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The keyring could not be reached. Check that a Secret Service such as GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>Der Schlüsselbund war nicht erreichbar. Prüfen Sie, ob ein Secret Service wie GNOME Keyring oder KWallet läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The keyring is turned off: the null backend is configured (for example by PYTHON_KEYRING_BACKEND or keyringrc.cfg). Remove that setting.</source>
            <translation>Der Schlüsselbund ist ausgeschaltet: Das Null-Backend ist eingerichtet (zum Beispiel über PYTHON_KEYRING_BACKEND oder keyringrc.cfg). Entfernen Sie diese Einstellung.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} keeps secrets in a file on disk, which is not safe enough. Remove the keyrings.alt package or configure another backend.</source>
            <translation>Das Schlüsselbund-Backend {backend} speichert Geheimnisse in einer Datei auf der Festplatte, was nicht sicher genug ist. Entfernen Sie das Paket keyrings.alt oder richten Sie ein anderes Backend ein.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer ({problem}).</source>
            <extracomment>{problem} is the keyring library's own (English) reason</extracomment>
            <translation>Das Schlüsselbund-Backend {backend} ist auf diesem Computer nicht nutzbar ({problem}).</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer.</source>
            <translation>Das Schlüsselbund-Backend {backend} ist auf diesem Computer nicht nutzbar.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open the database {database}: {reason}</source>
            <translation>Die Datenbank {database} kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <source>The database URL in Settings is not valid. Examples: {examples}</source>
            <translation>Die Datenbank-URL in den Einstellungen ist ungültig. Beispiele: {examples}</translation>
        </message>
        <message>
            <source>SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL.</source>
            <translation>SMS Desk kann seine Daten nicht in einer {backend}-Datenbank speichern; verwenden Sie SQLite oder PostgreSQL.</translation>
        </message>
        <message>
            <source>SMS Desk needs a database file; an in-memory SQLite database won't do.</source>
            <translation>SMS Desk braucht eine Datenbankdatei; eine SQLite-Datenbank im Arbeitsspeicher genügt nicht.</translation>
        </message>
        <message>
            <source>Cannot create the database folder {folder}: {reason}</source>
            <translation>Der Datenbankordner {folder} kann nicht angelegt werden: {reason}</translation>
        </message>
        <message>
            <source>This database was created by a newer SMS Desk (revision {revision}); update the app.</source>
            <translation>Diese Datenbank wurde von einer neueren Version von SMS Desk angelegt (Revision {revision}); aktualisieren Sie die App.</translation>
        </message>
        <message>
            <source>SMS Desk is still connecting to its database.</source>
            <translation>SMS Desk verbindet sich noch mit seiner Datenbank.</translation>
        </message>
        <message>
            <source>SMS Desk could not open its database.</source>
            <translation>SMS Desk konnte seine Datenbank nicht öffnen.</translation>
        </message>
        <message>
            <source>The database URL is not valid. Examples: {examples}</source>
            <translation>Die Datenbank-URL ist ungültig. Beispiele: {examples}</translation>
        </message>
        <message>
            <source>The team features need a PostgreSQL database URL.</source>
            <translation>Die Teamfunktionen benötigen eine PostgreSQL-Datenbank-URL.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>The remembered sign-in did not work.</source>
            <translation>Die gespeicherte Anmeldung hat nicht funktioniert.</translation>
        </message>
        <message>
            <source>SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk doctor`: it checks the database and says what to do.</source>
            <translation>SMS Desk kann seine Konten nicht aus der Datenbank lesen ({reason}). Führen Sie `smsdesk doctor` aus: Es prüft die Datenbank und sagt, was zu tun ist.</translation>
        </message>
        <message>
            <source>SMS Desk could not change whether it starts at login: {reason}</source>
            <translation>SMS Desk konnte nicht ändern, ob es bei der Anmeldung startet: {reason}</translation>
        </message>
        <message>
            <source>The new database will be used the next time SMS Desk starts.</source>
            <translation>Die neue Datenbank wird beim nächsten Start von SMS Desk verwendet.</translation>
        </message>
        <message>
            <source>Not saved, so not sent. {reason}</source>
            <translation>Nicht gespeichert und daher nicht gesendet. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <source>Open</source>
            <extracomment>a notification's button: shows the conversation in SMS Desk</extracomment>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a notification's button: answer the SMS</extracomment>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a notification's button: the SMS was seen, the conversation no longer unread</extracomment>
            <translation>Als gelesen markieren</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>history</source>
            <extracomment>the kind of a line in an exported conversation: a history line ("Dealt with by Anna")</extracomment>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>received</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk received</extracomment>
            <translation>empfangen</translation>
        </message>
        <message>
            <source>sent</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk sent</extracomment>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>this desk</source>
            <comment>the sender or recipient in an export</comment>
            <translation>dieser Arbeitsplatz</translation>
        </message>
        <message>
            <source>not sent: {reason}</source>
            <translation>nicht gesendet: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>[%n picture(s)]</source>
            <translation>
                <numerusform>[%n Bild]</numerusform>
                <numerusform>[%n Bilder]</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>a column header of an exported conversation: sent, received or history</extracomment>
            <translation>Art</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>a column header of an exported conversation: who sent the message</extracomment>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <extracomment>a column header of an exported conversation: who received the message</extracomment>
            <translation>An</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Text</source>
            <extracomment>a column header of an exported conversation: the message's text</extracomment>
            <translation>Text</translation>
        </message>
        <message>
            <source>{day} {year} {time}</source>
            <comment>the moment of an export</comment>
            <translation>{day} {year} {time}</translation>
        </message>
        <message>
            <source>Conversation with {name} · {number} — exported {when}</source>
            <translation>Unterhaltung mit {name} · {number} – exportiert am {when}</translation>
        </message>
        <message>
            <source>Conversation with {number} — exported {when}</source>
            <translation>Unterhaltung mit {number} – exportiert am {when}</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>a column header of the exported opt-out list: the customer's number</extracomment>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Desk number</source>
            <extracomment>a column header of the exported opt-out list: the office's number they texted</extracomment>
            <translation>Empfangsnummer</translation>
        </message>
        <message>
            <source>Opted out at</source>
            <translation>Abbestellt am</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>a column header of the exported opt-out list: why they are opted out</extracomment>
            <translation>Grund</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed (error {code})</source>
            <translation>Anbieter meldet Abbestellung (Fehler {code})</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed</source>
            <translation>Anbieter meldet Abbestellung</translation>
        </message>
        <message>
            <source>replied {keyword}</source>
            <extracomment>why a number is opted out: the customer texted a keyword such as STOP</extracomment>
            <translation>hat mit {keyword} geantwortet</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <source>Something went wrong, so this was not done. Try again; if it happens again, send the log file to whoever looks after SMS Desk (Help → About SMS Desk says where it is).</source>
            <translation>Etwas ist schiefgegangen, daher wurde dies nicht ausgeführt. Versuchen Sie es erneut; wenn es wieder passiert, senden Sie die Protokolldatei an die Person, die SMS Desk betreut (unter Hilfe → Über SMS Desk steht, wo sie liegt).</translation>
        </message>
        <message>
            <source>The computer refused: {reason} ({file}).</source>
            <translation>Vom System abgelehnt: {reason} ({file}).</translation>
        </message>
        <message>
            <source>The computer refused: {reason}.</source>
            <translation>Vom System abgelehnt: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in conversation</source>
            <translation>In Unterhaltung suchen</translation>
        </message>
        <message>
            <source>Matches</source>
            <extracomment>screen-reader name of the count of matches ("3 of 12")</extracomment>
            <translation>Treffer</translation>
        </message>
        <message>
            <source>Previous</source>
            <extracomment>button: goes to the previous match of the text searched for</extracomment>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Vorheriger Treffer (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next</source>
            <extracomment>button: goes to the next match of the text searched for</extracomment>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Nächster Treffer (Enter)</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Suche schließen</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Suche schließen (Escape)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Keine Treffer</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <extracomment>the match shown and how many there are: "3 of 12"</extracomment>
            <translation>{current} von {total}</translation>
        </message>
    </context>
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
    <context>
        <name>Gateway</name>
        <message>
            <source>The SMS gateway address is not a web address. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>Die SMS-Gateway-Adresse ist keine Webadresse. Sie sollte etwa so aussehen: https://api.twilio.com; prüfen Sie sie in den Einstellungen.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain a user name or password. Put the Account SID and auth token in their own fields in Settings.</source>
            <translation>Die SMS-Gateway-Adresse darf keinen Benutzernamen und kein Passwort enthalten. Tragen Sie Account SID und Auth Token in den eigenen Feldern in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain '?' or '#'. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>Die SMS-Gateway-Adresse darf kein „?“ oder „#“ enthalten. Sie sollte etwa so aussehen: https://api.twilio.com; prüfen Sie sie in den Einstellungen.</translation>
        </message>
        <message>
            <source>The SMS gateway address for {host} uses plain http, which would send the auth token and messages unencrypted. Use an https:// address instead.</source>
            <translation>Die SMS-Gateway-Adresse für {host} verwendet einfaches http, wodurch Auth Token und Nachrichten unverschlüsselt übertragen würden. Verwenden Sie stattdessen eine https://-Adresse.</translation>
        </message>
        <message>
            <source>The relay address is not a web address. It should look like https://sms-relay.example.com; your administrator has it.</source>
            <translation>Die Relay-Adresse ist keine Webadresse. Sie sollte wie https://sms-relay.example.com aussehen; Ihr Administrator kennt sie.</translation>
        </message>
        <message>
            <source>The relay address must not contain a user name, password, '?' or '#': enter only its https:// address.</source>
            <translation>Die Relay-Adresse darf keinen Benutzernamen, kein Passwort, kein „?“ und kein „#“ enthalten: Geben Sie nur ihre https://-Adresse ein.</translation>
        </message>
        <message>
            <source>The relay address for {host} uses plain http: carriers only post to https:// addresses. Use the relay's https:// address.</source>
            <translation>Die Relay-Adresse für {host} verwendet unverschlüsseltes http: Anbieter senden nur an https://-Adressen. Verwenden Sie die https://-Adresse des Relays.</translation>
        </message>
        <message>
            <source>No {field} is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Für das SMS-Gateway ist „{field}“ nicht gespeichert. Öffnen Sie die Einstellungen (Ctrl+,) und tragen Sie den Wert ein.</translation>
        </message>
    </context>
    <context>
        <name>GatewayErrors</name>
        <message>
            <source>The SMS gateway reported a problem but did not say what it was. Try again; if it keeps happening, tell your administrator.</source>
            <extracomment>Longest piece of the gateway's own text we repeat: it is untrusted and written for developers, so a pop-up must not fill up with it.
----------
"Blocked due to STOP message": the recipient opted out of the desk's number at Telnyx. The recipient's (or the desk's) number is the problem, for good: invalid phone number, must be +E.164, not routable (a landline), invalid destination, invalid source, invalid 'from' address, invalid 'to' address. The text itself is the problem: invalid message body. Nothing went out, and later it may: too many requests (the API's), rate limit exceeded upstream ("a temporary condition"), expired in Telnyx's queue before it was sent, the message queue is full. The engine sends such a message again later, by itself.</extracomment>
            <translation>Das SMS-Gateway hat ein Problem gemeldet, aber nicht gesagt, welches. Versuchen Sie es erneut; wenn es weiterhin auftritt, informieren Sie Ihren Administrator.</translation>
        </message>
        <message>
            <source>Too many messages went to this number in a short time, so the gateway held this one back. Press Retry in a minute.</source>
            <translation>An diese Nummer gingen in kurzer Zeit zu viele Nachrichten, daher hat das Gateway diese zurückgehalten. Klicken Sie in einer Minute auf „Erneut senden“.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <translation>Das SMS-Gateway hat die Account SID oder das Auth Token abgelehnt. Prüfen Sie beides in den Einstellungen.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. It may have been deleted there.</source>
            <translation>Das SMS-Gateway kennt diese Nachricht nicht. Sie wurde dort möglicherweise gelöscht.</translation>
        </message>
        <message>
            <source>The SMS gateway is receiving too many requests right now. SMS Desk will try again in a moment.</source>
            <translation>Das SMS-Gateway erhält gerade zu viele Anfragen. SMS Desk versucht es gleich erneut.</translation>
        </message>
        <message>
            <source>The recipient's number is not a valid phone number. Check the number and try again.</source>
            <translation>Die Nummer des Empfängers ist keine gültige Telefonnummer. Prüfen Sie die Nummer und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The recipient's number is a short code, and short codes can't be sent SMS from here.</source>
            <translation>Die Nummer des Empfängers ist eine Kurzwahlnummer, und an Kurzwahlnummern können von hier keine SMS gesendet werden.</translation>
        </message>
        <message>
            <source>You can't send an SMS to the desk's own number. Check the recipient's number.</source>
            <translation>Sie können keine SMS an die eigene Nummer des Arbeitsplatzes senden. Prüfen Sie die Nummer des Empfängers.</translation>
        </message>
        <message>
            <source>The SMS account is not allowed to send to this country. Ask your administrator to enable the country in the gateway's messaging permissions.</source>
            <translation>Das SMS-Konto darf nicht in dieses Land senden. Bitten Sie Ihren Administrator, das Land in den Messaging-Berechtigungen des Gateways freizuschalten.</translation>
        </message>
        <message>
            <source>The message is empty. Type some text before sending.</source>
            <translation>Die Nachricht ist leer. Geben Sie vor dem Senden einen Text ein.</translation>
        </message>
        <message>
            <source>The desk has no sending number set up. Ask your administrator to set it in Settings.</source>
            <translation>Für diesen Arbeitsplatz ist keine Absendernummer eingerichtet. Bitten Sie Ihren Administrator, sie in den Einstellungen festzulegen.</translation>
        </message>
        <message>
            <source>The message has no recipient. Enter the recipient's number and try again.</source>
            <translation>Die Nachricht hat keinen Empfänger. Geben Sie die Nummer des Empfängers ein und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The desk's sending number can't send SMS on this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Die Absendernummer dieses Arbeitsplatzes kann über dieses Gateway-Konto keine SMS senden. Bitten Sie Ihren Administrator, die Nummer in den Einstellungen zu prüfen.</translation>
        </message>
        <message>
            <source>The recipient replied STOP to opt out of messages from this number. They must text START before you can message them again.</source>
            <translation>Der Empfänger hat mit STOP geantwortet und damit Nachrichten von dieser Nummer abbestellt. Er muss START senden, bevor Sie ihm wieder schreiben können.</translation>
        </message>
        <message>
            <source>The gateway can't send SMS to this number from the desk's number (it may be a landline or a kind of number it does not reach). Check the number or call instead.</source>
            <translation>Das Gateway kann von der Nummer dieses Arbeitsplatzes keine SMS an diese Nummer senden (vielleicht ein Festnetzanschluss oder eine Nummernart, die es nicht erreicht). Prüfen Sie die Nummer oder rufen Sie stattdessen an.</translation>
        </message>
        <message>
            <source>The recipient's number is not a mobile number, so it can't receive SMS. Check the number or call them instead.</source>
            <translation>Die Nummer des Empfängers ist keine Mobilnummer und kann daher keine SMS empfangen. Prüfen Sie die Nummer oder rufen Sie stattdessen an.</translation>
        </message>
        <message>
            <source>The desk's number has too many messages waiting at the SMS gateway right now. SMS Desk will send this one when the queue has room.</source>
            <translation>Für die Nummer dieses Arbeitsplatzes warten beim SMS-Gateway gerade zu viele Nachrichten. SMS Desk sendet diese, sobald in der Warteschlange wieder Platz ist.</translation>
        </message>
        <message>
            <source>The message is longer than 1,600 characters, the gateway's limit. Shorten it or split it into several messages.</source>
            <translation>Die Nachricht ist länger als 1.600 Zeichen, das Limit des Gateways. Kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.</translation>
        </message>
        <message>
            <source>The desk's sending number does not belong to this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Die Absendernummer dieses Arbeitsplatzes gehört nicht zu diesem Gateway-Konto. Bitten Sie Ihren Administrator, die Nummer in den Einstellungen zu prüfen.</translation>
        </message>
        <message>
            <source>The gateway had too many messages waiting and dropped this one. Send it again in a few minutes.</source>
            <translation>Beim Gateway warteten zu viele Nachrichten, daher wurde diese verworfen. Senden Sie sie in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <source>The SMS gateway account is suspended, so nothing can be sent. Ask your administrator to contact the gateway provider.</source>
            <translation>Das SMS-Gateway-Konto ist gesperrt, daher kann nichts gesendet werden. Bitten Sie Ihren Administrator, sich an den Gateway-Anbieter zu wenden.</translation>
        </message>
        <message>
            <source>The recipient's phone could not be reached; it may be switched off or out of coverage. Try again later.</source>
            <translation>Das Telefon des Empfängers war nicht erreichbar; es ist vielleicht ausgeschaltet oder ohne Netz. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The message was blocked by the recipient's phone or carrier; they may have blocked this number. Contact them another way.</source>
            <translation>Die Nachricht wurde vom Telefon oder Anbieter des Empfängers blockiert; möglicherweise wurde diese Nummer gesperrt. Kontaktieren Sie den Empfänger auf anderem Weg.</translation>
        </message>
        <message>
            <source>The recipient's number does not exist or is no longer in service. Check the number.</source>
            <translation>Die Nummer des Empfängers existiert nicht oder ist nicht mehr in Betrieb. Prüfen Sie die Nummer.</translation>
        </message>
        <message>
            <source>The recipient's number is a landline or its carrier can't receive SMS. Call them instead.</source>
            <translation>Die Nummer des Empfängers ist ein Festnetzanschluss oder ihr Anbieter kann keine SMS empfangen. Rufen Sie stattdessen an.</translation>
        </message>
        <message>
            <source>The recipient's carrier filtered this message as possible spam. Rephrase it (fewer links and capitals) or contact them another way.</source>
            <translation>Der Anbieter des Empfängers hat diese Nachricht als möglichen Spam gefiltert. Formulieren Sie sie um (weniger Links und Großbuchstaben) oder kontaktieren Sie den Empfänger auf anderem Weg.</translation>
        </message>
        <message>
            <source>The recipient's carrier could not deliver the message and gave no reason. Try sending it again later.</source>
            <translation>Der Anbieter des Empfängers konnte die Nachricht nicht zustellen und hat keinen Grund genannt. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>US carriers limit how fast the desk's number may send, and this message went over the limit. Press Retry in a few minutes.</source>
            <translation>US-Anbieter begrenzen, wie schnell die Nummer dieses Arbeitsplatzes senden darf, und diese Nachricht hat das Limit überschritten. Klicken Sie in ein paar Minuten auf „Erneut senden“.</translation>
        </message>
        <message>
            <source>US carriers blocked the message because the sending number is not registered for business texting (A2P 10DLC). Ask your administrator to complete the registration.</source>
            <translation>US-Anbieter haben die Nachricht blockiert, weil die Absendernummer nicht für geschäftliche SMS registriert ist (A2P 10DLC). Bitten Sie Ihren Administrator, die Registrierung abzuschließen.</translation>
        </message>
        <message>
            <source>The message was cancelled at the SMS gateway before it was sent. Press Retry if it should still go.</source>
            <translation>Die Nachricht wurde beim SMS-Gateway storniert, bevor sie gesendet wurde. Klicken Sie auf „Erneut senden“, wenn sie trotzdem gesendet werden soll.</translation>
        </message>
        <message>
            <source>{gateway_text} (error {code})</source>
            <extracomment>{gateway_text} is the gateway's own (English) explanation, shown as it came
----------
Longest piece of Telnyx's own text repeated: it is untrusted and written for developers. {gateway_text} is the gateway's own (English) explanation, shown as it came</extracomment>
            <translation>{gateway_text} (Fehler {code})</translation>
        </message>
        <message>
            <source>The SMS gateway reported a problem it did not explain (error {code}). Try again; if it keeps happening, tell your administrator.</source>
            <translation>Das SMS-Gateway hat ein Problem ohne Erklärung gemeldet (Fehler {code}). Versuchen Sie es erneut; wenn es weiterhin auftritt, informieren Sie Ihren Administrator.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message as too large (HTTP 413), so it was not sent. Shorten the text or send fewer or smaller pictures, then press Retry.</source>
            <translation>Das SMS-Gateway hat diese Nachricht als zu groß abgelehnt (HTTP 413), daher wurde sie nicht gesendet. Kürzen Sie den Text oder senden Sie weniger oder kleinere Bilder und klicken Sie dann auf „Erneut senden“.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message (HTTP {status}) without saying why, so it was not sent. Check the number and text and press Retry; if it happens again, ask your administrator to check the gateway address and proxy in Settings.</source>
            <translation>Das SMS-Gateway hat diese Nachricht ohne Begründung abgelehnt (HTTP {status}), daher wurde sie nicht gesendet. Prüfen Sie Nummer und Text und klicken Sie auf „Erneut senden“; wenn es wieder passiert, bitten Sie Ihren Administrator, Gateway-Adresse und Proxy in den Einstellungen zu prüfen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>Das SMS-Gateway unter {host} lehnt die Anfragen von SMS Desk ohne Begründung ab (HTTP {status}); möglicherweise blockiert ein Proxy oder eine Firewall dazwischen. Bitten Sie Ihren Administrator, die Gateway-Adresse in den Einstellungen zu prüfen; die Nachrichten warten, bis es funktioniert.</translation>
        </message>
        <message>
            <source>The SMS gateway refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>Das SMS-Gateway lehnt die Anfragen von SMS Desk ohne Begründung ab (HTTP {status}); möglicherweise blockiert ein Proxy oder eine Firewall dazwischen. Bitten Sie Ihren Administrator, die Gateway-Adresse in den Einstellungen zu prüfen; die Nachrichten warten, bis es funktioniert.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>MIT licence</source>
            <translation>MIT-Lizenz</translation>
        </message>
        <message>
            <source>About SMS Desk</source>
            <translation>Über SMS Desk</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Version {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Send, receive and manage business SMS from your phone extension. Free software under the {licence}.</source>
            <translation>Geschäftliche SMS über Ihre Nebenstelle senden, empfangen und verwalten. Freie Software unter der {licence}.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Diagnose kopieren</translation>
        </message>
        <message>
            <source>Copies the `smsdesk doctor` report (it holds no secrets)</source>
            <translation>Kopiert den Bericht von `smsdesk doctor` (er enthält keine Geheimnisse)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>The diagnostics are on the clipboard: paste them into your message.</source>
            <translation>Die Diagnose ist in der Zwischenablage: Fügen Sie sie in Ihre Nachricht ein.</translation>
        </message>
        <message>
            <source>The diagnostics could not be gathered. {reason}</source>
            <translation>Die Diagnose konnte nicht erstellt werden. {reason}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkombinationen</translation>
        </message>
    </context>
    <context>
        <name>Ingest</name>
        <message>
            <source>Back in Chats: new message from {sender}</source>
            <translation>Zurück in den Chats: neue Nachricht von {sender}</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>SMS Desk cannot start: its data folder (messages and database) should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <extracomment>Exit status of a start that could not go on. How long quitting waits for the threads, all together: a logout's session manager kills an app that takes much longer, and Quit should feel immediate (the process ends within 2 s).</extracomment>
            <translation>SMS Desk kann nicht starten: Der Datenordner (Nachrichten und Datenbank) sollte unter {folder} liegen, aber {where} ist eine Datei, kein Ordner. Verschieben oder benennen Sie diese Datei um und starten Sie SMS Desk dann erneut.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its settings folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk kann nicht starten: Der Einstellungsordner sollte unter {folder} liegen, aber {where} ist eine Datei, kein Ordner. Verschieben oder benennen Sie diese Datei um und starten Sie SMS Desk dann erneut.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its log folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk kann nicht starten: Der Protokollordner sollte unter {folder} liegen, aber {where} ist eine Datei, kein Ordner. Verschieben oder benennen Sie diese Datei um und starten Sie SMS Desk dann erneut.</translation>
        </message>
        <message>
            <source>the disk there is read-only</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>das Laufwerk dort ist schreibgeschützt</translation>
        </message>
        <message>
            <source>you are not allowed to write there</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>Sie haben dort keine Schreibrechte</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its data folder (messages and database) {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk kann nicht starten: Der Datenordner (Nachrichten und Datenbank) {folder} kann nicht angelegt werden ({reason}). Geben Sie Ihrem Benutzer Schreibrechte für diesen Ordner oder starten Sie SMS Desk mit --home und einem Ordner, in den Sie schreiben dürfen (zum Beispiel: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its settings folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk kann nicht starten: Der Einstellungsordner {folder} kann nicht angelegt werden ({reason}). Geben Sie Ihrem Benutzer Schreibrechte für diesen Ordner oder starten Sie SMS Desk mit --home und einem Ordner, in den Sie schreiben dürfen (zum Beispiel: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its log folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk kann nicht starten: Der Protokollordner {folder} kann nicht angelegt werden ({reason}). Geben Sie Ihrem Benutzer Schreibrechte für diesen Ordner oder starten Sie SMS Desk mit --home und einem Ordner, in den Sie schreiben dürfen (zum Beispiel: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot write its log in {folder} ({reason}). Make that folder and the files in it writable for your user, or start SMS Desk with --home and a folder you can write to.</source>
            <translation>SMS Desk kann nicht starten: Das Protokoll kann nicht in {folder} geschrieben werden ({reason}). Geben Sie Ihrem Benutzer Schreibrechte für diesen Ordner und die Dateien darin oder starten Sie SMS Desk mit --home und einem Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk konnte wegen eines unerwarteten Problems nicht starten ({problem}). Bitte starten Sie es erneut; wenn das jedes Mal passiert, senden Sie das Protokoll an Ihre IT-Ansprechperson.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). The details are in {log}. Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk konnte wegen eines unerwarteten Problems nicht starten ({problem}). Die Details stehen in {log}. Bitte starten Sie es erneut; wenn das jedes Mal passiert, senden Sie dieses Protokoll an Ihre IT-Ansprechperson.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in with your phone extension (for example 101), not your email address</source>
            <translation>Melden Sie sich mit Ihrer Nebenstelle an (zum Beispiel 101), nicht mit Ihrer E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Create the first account</source>
            <translation>Erstes Konto erstellen</translation>
        </message>
        <message>
            <source>Sign in to SMS Desk</source>
            <translation>Bei SMS Desk anmelden</translation>
        </message>
        <message>
            <source>Welcome to SMS Desk</source>
            <translation>Willkommen bei SMS Desk</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Nobody has an account on this SMS Desk yet. Create yours: you will be its administrator and can add your colleagues later.</source>
            <translation>Bei diesem SMS Desk gibt es noch kein Konto. Erstellen Sie Ihr eigenes: Sie werden damit Administrator und können Ihr Team später hinzufügen.</translation>
        </message>
        <message>
            <source>Use your phone extension and your password.</source>
            <translation>Verwenden Sie Ihre Nebenstelle und Ihr Passwort.</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Nebenstelle</translation>
        </message>
        <message>
            <source>for example 101</source>
            <translation>zum Beispiel 101</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>as colleagues will see it, e.g. Anna Smith</source>
            <translation>so, wie Ihr Team ihn sieht, z. B. Anna Schmidt</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Passwort wiederholen</translation>
        </message>
        <message>
            <source>Remember me</source>
            <translation>Angemeldet bleiben</translation>
        </message>
        <message>
            <source>Waiting to sign in</source>
            <translation>Wartezeit bis zur Anmeldung</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Anmeldeproblem</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Konto erstellen</translation>
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation>&amp;Nebenstelle</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>&amp;Ihr Name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Passwort</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>Passwort &amp;wiederholen</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Geben Sie Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>Enter your name, as your colleagues will see it.</source>
            <translation>Geben Sie Ihren Namen so ein, wie Ihr Team ihn sehen soll.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie sie erneut ein.</translation>
        </message>
        <message>
            <source>No secure keyring is available to keep your password.</source>
            <translation>Es ist kein sicherer Schlüsselbund verfügbar, um Ihr Passwort zu speichern.</translation>
        </message>
        <message>
            <source>Your password can't be remembered on this computer. {advice} You can still sign in: you will be asked for your password next time.</source>
            <translation>Ihr Passwort kann auf diesem Computer nicht gespeichert werden. {advice} Sie können sich trotzdem anmelden: Beim nächsten Mal werden Sie wieder nach Ihrem Passwort gefragt.</translation>
        </message>
        <message>
            <source>After wrong sign-ins SMS Desk answers more slowly: wait {seconds} s.</source>
            <translation>Nach fehlgeschlagenen Anmeldungen antwortet SMS Desk langsamer: Warten Sie {seconds} s.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <source>Signed in, but your password could not be remembered: {reason}</source>
            <translation>Angemeldet, aber Ihr Passwort konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Creating your account…</source>
            <translation>Ihr Konto wird erstellt…</translation>
        </message>
        <message>
            <source>Signing in failed unexpectedly. Details are in the log file.</source>
            <translation>Die Anmeldung ist unerwartet fehlgeschlagen. Details stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>{reason} The saved password no longer works: type your password.</source>
            <translation>{reason} Das gespeicherte Passwort funktioniert nicht mehr: Geben Sie Ihr Passwort ein.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No conversation selected</source>
            <translation>Keine Unterhaltung ausgewählt</translation>
        </message>
        <message>
            <source>Choose a conversation in the chat list to read and reply.</source>
            <translation>Wählen Sie eine Unterhaltung in der Chatliste aus, um sie zu lesen und zu beantworten.</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>&amp;Unterhaltung</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the title above the list of conversations (the same word as the Chats tab)
----------
a tab: the conversations still open (not archived)</extracomment>
            <translation>Chats</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Neue SMS</translation>
        </message>
        <message>
            <source>New SMS ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+N", "Strg+N")</extracomment>
            <translation>Neue SMS ({keys})</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Unterhaltungen durchsuchen</translation>
        </message>
        <message>
            <source>Search names, numbers and messages</source>
            <translation>Namen, Nummern und Nachrichten durchsuchen</translation>
        </message>
        <message>
            <source>Search ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+F", "Strg+F")</extracomment>
            <translation>Suchen ({keys})</translation>
        </message>
        <message>
            <source>Conversation lists</source>
            <translation>Unterhaltungslisten</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a tab: the conversations that were archived or dealt with</extracomment>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>No conversation matches “{text}”.</source>
            <translation>Keine Unterhaltung passt zu „{text}“.</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>{amount} MB</source>
            <extracomment>a file size in megabytes ("12 MB")</extracomment>
            <translation>{amount} MB</translation>
        </message>
        <message>
            <source>Picture not shown: SMS Desk does not show {type} pictures.</source>
            <translation>Bild nicht angezeigt: SMS Desk zeigt keine {type}-Bilder an.</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image (no type given).</source>
            <translation>Bild nicht angezeigt: Es ist kein Bild (kein Typ angegeben).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image ({type}).</source>
            <translation>Bild nicht angezeigt: Es ist kein Bild ({type}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is too large ({size}, limit {limit}).</source>
            <translation>Bild nicht angezeigt: Es ist zu groß ({size}, Limit {limit}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image, and it has no type.</source>
            <translation>Bild nicht angezeigt: Es ist kein echtes Bild (ohne Typangabe).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image (labelled {type}).</source>
            <translation>Bild nicht angezeigt: Es ist kein echtes Bild (als {type} gekennzeichnet).</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>Cancelled · {time}</source>
            <extracomment>under a scheduled message that was cancelled: "Cancelled · 14:05"</extracomment>
            <translation>Storniert · {time}</translation>
        </message>
        <message>
            <source>Picture not shown.</source>
            <translation>Bild nicht angezeigt.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <extracomment>under a failed message; {reason} is why ("The number is not valid.")</extracomment>
            <translation>Nicht gesendet: {reason}</translation>
        </message>
        <message>
            <source>Not sent: the gateway refused it.</source>
            <translation>Nicht gesendet: Das Gateway hat sie abgelehnt.</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>link under a failed message: sends it again</extracomment>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>{event} · {time}</source>
            <extracomment>a history line in a conversation and its time: "Anna took over · 10:00"</extracomment>
            <translation>{event} · {time}</translation>
        </message>
        <message>
            <source>Picture could not be shown.</source>
            <translation>Bild konnte nicht angezeigt werden.</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Bild wird geladen…</translation>
        </message>
    </context>
    <context>
        <name>MessageStatus</name>
        <message>
            <source>waiting to send</source>
            <translation>in Warteschlange</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>zugestellt</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>nicht gesendet</translation>
        </message>
        <message>
            <source>received</source>
            <translation>empfangen</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Text kopieren</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>context-menu entry: sends a failed message again</extracomment>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>context-menu entry: gives up on a failed message (it shows as cancelled)</extracomment>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Edit scheduled message…</source>
            <translation>Geplante Nachricht bearbeiten…</translation>
        </message>
        <message>
            <source>Cancel scheduled message</source>
            <translation>Geplante Nachricht stornieren</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Could not load the messages. {reason}</source>
            <translation>Die Nachrichten konnten nicht geladen werden. {reason}</translation>
        </message>
        <message>
            <source>scheduled for today {time}</source>
            <extracomment>inside a sentence read aloud: "You, today at 16:02, scheduled for today 18:00: text"</extracomment>
            <translation>geplant für heute, {time}</translation>
        </message>
        <message>
            <source>Scheduled for today {time}</source>
            <extracomment>under a scheduled message: when it will be sent</extracomment>
            <translation>Geplant für heute, {time}</translation>
        </message>
        <message>
            <source>scheduled for {day} {time}</source>
            <extracomment>inside a sentence a screen reader speaks: {day} is "Thu" or "5 December"</extracomment>
            <translation>geplant für {day}, {time}</translation>
        </message>
        <message>
            <source>Scheduled for {day} {time}</source>
            <extracomment>under a scheduled message: {day} is a weekday ("Thu") or a date ("5 December")</extracomment>
            <translation>Geplant für {day}, {time}</translation>
        </message>
        <message>
            <source>Sent from the desk</source>
            <translation>Vom Arbeitsplatz gesendet</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Ein Teammitglied</translation>
        </message>
        <message>
            <source>{event}, {when}</source>
            <extracomment>a history line read aloud: what happened ("Anna took over"), then when</extracomment>
            <translation>{event}, {when}</translation>
        </message>
        <message>
            <source>{author}, {when}: {text}</source>
            <extracomment>an incoming message read aloud: "Olivia Park, yesterday at 09:14: Is my order ready?"</extracomment>
            <translation>{author}, {when}: {text}</translation>
        </message>
        <message>
            <source>They</source>
            <extracomment>who wrote an incoming message when the conversation has no name to show</extracomment>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>{author}, {when}, {reason}: {text}</source>
            <extracomment>a message SMS Desk cannot tell went, read aloud: "You, today at 16:02, {reason}: text"</extracomment>
            <translation>{author}, {when}, {reason}: {text}</translation>
        </message>
        <message>
            <source>{author}, {when}, {status}, {reason}: {text}</source>
            <extracomment>a failed message read aloud: "You, today at 16:02, not sent, {reason}: text"</extracomment>
            <translation>{author}, {when}, {status}, {reason}: {text}</translation>
        </message>
        <message>
            <source>{author}, {when}, {status}: {text}</source>
            <extracomment>a sent message read aloud: "You, today at 16:02, delivered: Thanks, see you then"</extracomment>
            <translation>{author}, {when}, {status}: {text}</translation>
        </message>
        <message>
            <source>You</source>
            <extracomment>who sent a message: the person signed in</extracomment>
            <translation>Sie</translation>
        </message>
    </context>
    <context>
        <name>NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation>Neue Unterhaltung</translation>
        </message>
        <message>
            <source>Type a contact's name or a mobile number.</source>
            <translation>Geben Sie den Namen eines Kontakts oder eine Mobilnummer ein.</translation>
        </message>
        <message>
            <source>Name or number</source>
            <translation>Name oder Nummer</translation>
        </message>
        <message>
            <source>Name or number, e.g. +1 415 555 0100</source>
            <translation>Name oder Nummer, z. B. +1 415 555 0100</translation>
        </message>
        <message>
            <source>Number check</source>
            <translation>Nummernprüfung</translation>
        </message>
        <message>
            <source>Start Chat</source>
            <translation>Chat starten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Use {number}</source>
            <extracomment>a button: use the corrected number shown</extracomment>
            <translation>{number} verwenden</translation>
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation>Wählen Sie einen Kontakt aus der Liste.</translation>
        </message>
        <message>
            <source>No contact has this name. Type their number instead.</source>
            <translation>Kein Kontakt hat diesen Namen. Geben Sie stattdessen die Nummer ein.</translation>
        </message>
        <message>
            <source>{country} number</source>
            <extracomment>{country} is a country's name: "Germany number" (a valid number's country)</extracomment>
            <translation>Nummer ({country})</translation>
        </message>
        <message>
            <source>The conversation could not be opened. {reason}</source>
            <translation>Die Unterhaltung konnte nicht geöffnet werden. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <source>New messages in %n more conversation(s).</source>
            <translation>
                <numerusform>Neue Nachrichten in %n weiteren Unterhaltung.</numerusform>
                <numerusform>Neue Nachrichten in %n weiteren Unterhaltungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>New messages</source>
            <translation>Neue Nachrichten</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n new message(s))</source>
            <extracomment>a notification's title: who wrote, and how many messages are new</extracomment>
            <translation>
                <numerusform>{name} (%n neue Nachricht)</numerusform>
                <numerusform>{name} (%n neue Nachrichten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Bild</translation>
        </message>
        <message>
            <source>{name} transferred a conversation to you</source>
            <translation>{name} hat Ihnen eine Unterhaltung übergeben</translation>
        </message>
        <message>
            <source>A colleague transferred a conversation to you</source>
            <translation>Ein Teammitglied hat Ihnen eine Unterhaltung übergeben</translation>
        </message>
        <message>
            <source>A customer. Note: “{note}”</source>
            <translation>Ein Kunde. Notiz: „{note}“</translation>
        </message>
        <message>
            <source>A customer.</source>
            <translation>Ein Kunde.</translation>
        </message>
        <message>
            <source>{name}. Note: “{note}”</source>
            <extracomment>a notice's text: the conversation's name (a customer) and the colleague's note</extracomment>
            <translation>{name}. Notiz: „{note}“</translation>
        </message>
        <message>
            <source>{name}.</source>
            <extracomment>a notice's text: the conversation's name (a customer)</extracomment>
            <translation>{name}.</translation>
        </message>
    </context>
    <context>
        <name>OptOuts</name>
        <message>
            <source>The carrier reports this number has unsubscribed (error {code}) on {day} — messages to it are blocked</source>
            <extracomment>The reason of an opt-out a carrier reported without an error code.</extracomment>
            <translation>Laut Anbieter hat diese Nummer am {day} SMS abbestellt (Fehler {code}) – Nachrichten an sie sind gesperrt</translation>
        </message>
        <message>
            <source>The carrier reports this number has unsubscribed on {day} — messages to it are blocked</source>
            <translation>Laut Anbieter hat diese Nummer am {day} SMS abbestellt – Nachrichten an sie sind gesperrt</translation>
        </message>
        <message>
            <source>This number replied {keyword} on {day} — messages to it are blocked</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Diese Nummer hat am {day} mit {keyword} geantwortet – Nachrichten an sie sind gesperrt</translation>
        </message>
        <message>
            <source>Blocked — the carrier reports this number unsubscribed</source>
            <translation>Gesperrt – laut Anbieter hat diese Nummer SMS abbestellt</translation>
        </message>
        <message>
            <source>Blocked — this number replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Gesperrt – diese Nummer hat mit {keyword} geantwortet</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed (error {code})</source>
            <translation>SMS abbestellt: vom Anbieter gemeldet (Fehler {code})</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed</source>
            <translation>SMS abbestellt: vom Anbieter gemeldet</translation>
        </message>
        <message>
            <source>Opted out: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>SMS abbestellt: hat mit {keyword} geantwortet</translation>
        </message>
        <message>
            <source>Opted back in: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (START, UNSTOP, YES), not translated</extracomment>
            <translation>SMS wieder erlaubt: hat mit {keyword} geantwortet</translation>
        </message>
        <message>
            <source>This number has opted out of messages from this desk, so it was not sent. They must text START before you can message them again.</source>
            <extracomment>The reason a message to an opted-out number is refused (stored as its failure reason): marked here, translated where it is used (``refused()``).</extracomment>
            <translation>Diese Nummer hat Nachrichten dieses Arbeitsplatzes abbestellt, daher wurde nichts gesendet. Der Kontakt muss START senden, bevor Sie ihm wieder schreiben können.</translation>
        </message>
    </context>
    <context>
        <name>Outbound</name>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Diese Unterhaltung existiert nicht mehr</translation>
        </message>
        <message>
            <source>Only a failed message can be sent again</source>
            <translation>Nur eine fehlgeschlagene Nachricht kann erneut gesendet werden</translation>
        </message>
        <message>
            <source>Only a failed message can be discarded</source>
            <translation>Nur eine fehlgeschlagene Nachricht kann verworfen werden</translation>
        </message>
        <message>
            <source>Scheduled message cancelled: they replied first</source>
            <translation>Geplante Nachricht storniert: Der Kontakt hat zuerst geantwortet</translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled message(s) cancelled: they replied first</source>
            <translation>
                <numerusform>%n geplante Nachricht storniert: Der Kontakt hat zuerst geantwortet</numerusform>
                <numerusform>%n geplante Nachrichten storniert: Der Kontakt hat zuerst geantwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>This scheduled message was cancelled already.</source>
            <translation>Diese geplante Nachricht wurde bereits storniert.</translation>
        </message>
        <message>
            <source>Too late: it has been sent.</source>
            <translation>Zu spät: Die Nachricht wurde bereits gesendet.</translation>
        </message>
        <message>
            <source>Too late: it was sent and failed.</source>
            <translation>Zu spät: Die Nachricht wurde gesendet und ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Too late: it is being sent.</source>
            <translation>Zu spät: Die Nachricht wird gerade gesendet.</translation>
        </message>
        <message>
            <source>This message is not scheduled.</source>
            <translation>Diese Nachricht ist nicht geplant.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The gateway's message id {sid} already belongs to another message</source>
            <extracomment>The outbox state of a message whose answer was lost where the gateway has no list to look it up in (Telnyx), once the wait for the carrier's event is over: the message shows FAILED with a sentence saying SMS Desk cannot tell whether it went; the user Retries it (``Outbound.retry``: a new attempt) or Discards it (``Outbound.discard``). The row is kept, never due, so that a late event of the carrier can still match it (``adopt_lost``). The error code of such a message (carriers' codes are positive): the UI says "cannot tell whether it went", not "not sent".</extracomment>
            <translation>Die Nachrichten-ID {sid} des Gateways gehört bereits zu einer anderen Nachricht</translation>
        </message>
    </context>
    <context>
        <name>Ownership</name>
        <message>
            <source>Transferred from {owner} to {colleague} — {note}</source>
            <translation>Von {owner} an {colleague} übergeben – {note}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by} — {note}</source>
            <translation>{by} hat von {owner} an {colleague} übergeben – {note}</translation>
        </message>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Diese Unterhaltung existiert nicht mehr</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more. Try again.</source>
            <translation>Für diese Unterhaltung ist niemand mehr zuständig. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Ein Teammitglied</translation>
        </message>
        <message>
            <source>{colleague} took over from {owner}</source>
            <translation>{colleague} hat von {owner} übernommen</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more.</source>
            <translation>Für diese Unterhaltung ist niemand mehr zuständig.</translation>
        </message>
        <message>
            <source>{owner} took this conversation meanwhile.</source>
            <translation>{owner} hat diese Unterhaltung inzwischen übernommen.</translation>
        </message>
        <message>
            <source>A transfer note can be at most {most} characters long; this one has {count}.</source>
            <translation>Eine Übergabenotiz darf höchstens {most} Zeichen lang sein; diese hat {count}.</translation>
        </message>
        <message>
            <source>Choose a colleague to transfer it to, not yourself.</source>
            <translation>Wählen Sie ein Teammitglied, an das Sie übergeben möchten, nicht sich selbst.</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague}</source>
            <translation>Von {owner} an {colleague} übergeben</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by}</source>
            <translation>{by} hat von {owner} an {colleague} übergeben</translation>
        </message>
        <message>
            <source>That colleague's account no longer exists.</source>
            <translation>Das Konto dieses Teammitglieds existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That colleague's account is disabled.</source>
            <translation>Das Konto dieses Teammitglieds ist deaktiviert.</translation>
        </message>
        <message>
            <source>{owner} already owns it.</source>
            <translation>{owner} ist bereits zuständig.</translation>
        </message>
        <message>
            <source>Someone changed who owns it just now. Try again.</source>
            <translation>Jemand hat gerade die Zuständigkeit geändert. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Marked dealt with by {colleague}</source>
            <translation>Als erledigt markiert von {colleague}</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can archive it.</source>
            <translation>{owner} beantwortet diese Unterhaltung; nur diese Person oder ein Administrator kann sie archivieren.</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can mark it dealt with.</source>
            <translation>{owner} beantwortet diese Unterhaltung; nur diese Person oder ein Administrator kann sie als erledigt markieren.</translation>
        </message>
        <message>
            <source>Archived by {colleague}</source>
            <translation>Archiviert von {colleague}</translation>
        </message>
        <message>
            <source>Moved back to Chats by {colleague}</source>
            <translation>Zurück in die Chats verschoben von {colleague}</translation>
        </message>
        <message>
            <source>A former colleague</source>
            <translation>Ein ehemaliges Teammitglied</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change conversations. Ask an administrator.</source>
            <translation>Ihr Konto ist deaktiviert, daher können Sie keine Unterhaltungen ändern. Wenden Sie sich an einen Administrator.</translation>
        </message>
        <message>
            <source>{colleague} undid Dealt with</source>
            <translation>„Erledigt“ rückgängig gemacht von {colleague}</translation>
        </message>
        <message>
            <source>{colleague} undid Archive</source>
            <translation>„Archivieren“ rückgängig gemacht von {colleague}</translation>
        </message>
        <message>
            <source>It can no longer be undone: a new message arrived in the conversation.</source>
            <translation>Das lässt sich nicht mehr rückgängig machen: In der Unterhaltung ist eine neue Nachricht eingegangen.</translation>
        </message>
        <message>
            <source>It can no longer be undone: {owner} is answering the conversation now.</source>
            <translation>Das lässt sich nicht mehr rückgängig machen: {owner} beantwortet die Unterhaltung jetzt.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation is back in Chats.</source>
            <translation>Das lässt sich nicht mehr rückgängig machen: Die Unterhaltung ist wieder in den Chats.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the account of the colleague who owned the conversation is disabled.</source>
            <translation>Das lässt sich nicht mehr rückgängig machen: Das Konto des Teammitglieds, dem die Unterhaltung gehörte, ist deaktiviert.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation was changed meanwhile.</source>
            <translation>Das lässt sich nicht mehr rückgängig machen: Die Unterhaltung wurde inzwischen geändert.</translation>
        </message>
    </context>
    <context>
        <name>PaneAndList</name>
        <message>
            <source>This conversation was moved to Archived.</source>
            <extracomment>a status message: a conversation open here was archived elsewhere (not by you here)</extracomment>
            <translation>Diese Unterhaltung wurde nach „Archiviert“ verschoben.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by a colleague.</source>
            <extracomment>a status message: a colleague archived (or marked dealt with) the open conversation</extracomment>
            <translation>Diese Unterhaltung wurde von einem Teammitglied nach „Archiviert“ verschoben.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by {colleague}.</source>
            <extracomment>a status message: {colleague} is who archived it, "Anna Smith (101)"</extracomment>
            <translation>Diese Unterhaltung wurde von {colleague} nach „Archiviert“ verschoben.</translation>
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <source>{peer} is a sender name, not a phone number: carriers don't deliver replies to it, so SMS Desk can't send it a message.</source>
            <translation>{peer} ist ein Absendername, keine Telefonnummer: Anbieter stellen Antworten daran nicht zu, daher kann SMS Desk keine Nachricht dorthin senden.</translation>
        </message>
        <message>
            <source>This is not a phone number. Type digits, for example {example}.</source>
            <translation>Dies ist keine Telefonnummer. Geben Sie Ziffern ein, zum Beispiel {example}.</translation>
        </message>
        <message>
            <source>This looks like a landline: SMS may not arrive. You can still send.</source>
            <translation>Dies sieht nach einer Festnetznummer aus: Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>This is a toll-free number: SMS may not arrive. You can still send.</source>
            <translation>Dies ist eine gebührenfreie Nummer: Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>This is a premium-rate number: SMS may not arrive. You can still send.</source>
            <translation>Dies ist eine Mehrwertnummer: Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>This is a shared-cost number: SMS may not arrive. You can still send.</source>
            <translation>Dies ist eine Nummer mit geteilten Kosten: Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>This is an internet (VoIP) number: SMS may not arrive. You can still send.</source>
            <translation>Dies ist eine Internet-Nummer (VoIP): Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>This is a company switchboard (UAN) number: SMS may not arrive. You can still send.</source>
            <translation>Dies ist eine zentrale Firmennummer (UAN): Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>This is a voicemail access number: SMS may not arrive. You can still send.</source>
            <translation>Dies ist eine Mailbox-Zugangsnummer: Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>This is a pager number: SMS may not arrive. You can still send.</source>
            <translation>Dies ist eine Pager-Nummer: Die SMS kommt möglicherweise nicht an. Sie können trotzdem senden.</translation>
        </message>
        <message>
            <source>Mobile number</source>
            <translation>Mobilnummer</translation>
        </message>
        <message>
            <source>Mobile or landline number</source>
            <translation>Mobil- oder Festnetznummer</translation>
        </message>
        <message>
            <source>Landline number</source>
            <translation>Festnetznummer</translation>
        </message>
        <message>
            <source>Toll-free number</source>
            <translation>Gebührenfreie Nummer</translation>
        </message>
        <message>
            <source>Premium-rate number</source>
            <translation>Mehrwertnummer</translation>
        </message>
        <message>
            <source>Shared-cost number</source>
            <translation>Nummer mit geteilten Kosten</translation>
        </message>
        <message>
            <source>Internet (VoIP) number</source>
            <translation>Internet-Nummer (VoIP)</translation>
        </message>
        <message>
            <source>Personal number</source>
            <translation>Persönliche Nummer</translation>
        </message>
        <message>
            <source>Pager number</source>
            <translation>Pager-Nummer</translation>
        </message>
        <message>
            <source>Company switchboard number</source>
            <translation>Zentrale Firmennummer</translation>
        </message>
        <message>
            <source>Voicemail access number</source>
            <translation>Mailbox-Zugangsnummer</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>Mobile number ({country})</source>
            <translation>Mobilnummer ({country})</translation>
        </message>
        <message>
            <source>Mobile or landline number ({country})</source>
            <translation>Mobil- oder Festnetznummer ({country})</translation>
        </message>
        <message>
            <source>Landline number ({country})</source>
            <translation>Festnetznummer ({country})</translation>
        </message>
        <message>
            <source>Toll-free number ({country})</source>
            <translation>Gebührenfreie Nummer ({country})</translation>
        </message>
        <message>
            <source>Premium-rate number ({country})</source>
            <translation>Mehrwertnummer ({country})</translation>
        </message>
        <message>
            <source>Shared-cost number ({country})</source>
            <translation>Nummer mit geteilten Kosten ({country})</translation>
        </message>
        <message>
            <source>Internet (VoIP) number ({country})</source>
            <translation>Internet-Nummer (VoIP) ({country})</translation>
        </message>
        <message>
            <source>Personal number ({country})</source>
            <translation>Persönliche Nummer ({country})</translation>
        </message>
        <message>
            <source>Pager number ({country})</source>
            <translation>Pager-Nummer ({country})</translation>
        </message>
        <message>
            <source>Company switchboard number ({country})</source>
            <translation>Zentrale Firmennummer ({country})</translation>
        </message>
        <message>
            <source>Voicemail access number ({country})</source>
            <translation>Mailbox-Zugangsnummer ({country})</translation>
        </message>
        <message>
            <source>Phone number ({country})</source>
            <translation>Telefonnummer ({country})</translation>
        </message>
        <message>
            <source>Add the country code: start with +, for example {example}.</source>
            <translation>Fügen Sie die Landesvorwahl hinzu: Beginnen Sie mit +, zum Beispiel {example}.</translation>
        </message>
        <message>
            <source>{code} is not a country code. Check the digits after the {prefix}.</source>
            <translation>{code} ist keine Landesvorwahl. Prüfen Sie die Ziffern nach {prefix}.</translation>
        </message>
        <message>
            <source>This number is too short for {country} numbers — check for missing digits.</source>
            <translation>Diese Nummer ist zu kurz für eine Nummer in {country} – prüfen Sie, ob Ziffern fehlen.</translation>
        </message>
        <message>
            <source>This number is too short — check for missing digits.</source>
            <translation>Diese Nummer ist zu kurz – prüfen Sie, ob Ziffern fehlen.</translation>
        </message>
        <message>
            <source>This number is too long for {country} numbers — check for extra digits.</source>
            <translation>Diese Nummer ist zu lang für eine Nummer in {country} – prüfen Sie, ob Ziffern zu viel sind.</translation>
        </message>
        <message>
            <source>This number is too long — check for extra digits.</source>
            <translation>Diese Nummer ist zu lang – prüfen Sie, ob Ziffern zu viel sind.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits for {country} numbers — check for missing or extra digits.</source>
            <translation>Diese Nummer hat die falsche Anzahl Ziffern für eine Nummer in {country} – prüfen Sie, ob Ziffern fehlen oder zu viel sind.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits — check for missing or extra digits.</source>
            <translation>Diese Nummer hat die falsche Anzahl Ziffern – prüfen Sie, ob Ziffern fehlen oder zu viel sind.</translation>
        </message>
        <message>
            <source>This looks like a local number without its area code: add the area code.</source>
            <translation>Dies sieht nach einer Ortsnummer ohne Vorwahl aus: Fügen Sie die Vorwahl hinzu.</translation>
        </message>
        <message>
            <source>No {country} numbers start like this. Check the digits.</source>
            <translation>Keine Nummer in {country} beginnt so. Prüfen Sie die Ziffern.</translation>
        </message>
        <message>
            <source>No numbers start like this. Check the digits.</source>
            <translation>Keine Nummer beginnt so. Prüfen Sie die Ziffern.</translation>
        </message>
        <message>
            <source>Did you mean {number}? ({country})</source>
            <translation>Meinten Sie {number}? ({country})</translation>
        </message>
        <message>
            <source>Did you mean {number}?</source>
            <translation>Meinten Sie {number}?</translation>
        </message>
        <message>
            <source>SMS cannot reach extension {extension}. Remove it to text {number}.</source>
            <translation>SMS können die Durchwahl {extension} nicht erreichen. Entfernen Sie sie, um {number} eine SMS zu senden.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk cannot text emergency services. Call {number} instead.</source>
            <translation>{number} ist eine Notrufnummer: SMS Desk kann keine SMS an Notdienste senden. Rufen Sie stattdessen {number} an.</translation>
        </message>
        <message>
            <source>Short code ({country})</source>
            <translation>Kurzwahlnummer ({country})</translation>
        </message>
        <message>
            <source>This is a short code: it works only within {country}, and only if your gateway can send to short codes.</source>
            <translation>Dies ist eine Kurzwahlnummer: Sie funktioniert nur innerhalb von {country} und nur, wenn Ihr Gateway an Kurzwahlnummern senden kann.</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>Kurzwahlnummer</translation>
        </message>
        <message>
            <source>This is a short code: it works only within its country, and only if your gateway can send to short codes.</source>
            <translation>Dies ist eine Kurzwahlnummer: Sie funktioniert nur innerhalb ihres Landes und nur, wenn Ihr Gateway an Kurzwahlnummern senden kann.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Sending pictures needs a public address for them: set it in Settings → Gateway (Public media URL base, and the folder published there).</source>
            <translation>Zum Senden von Bildern ist eine öffentliche Adresse nötig: Legen Sie sie unter Einstellungen → Gateway fest („Öffentliche Medien-URL“ und „Unter dieser Adresse veröffentlichter Ordner“).</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most {most} pictures; these are %n. Send them in two messages.</source>
            <translation>
                <numerusform>Eine Nachricht kann höchstens {most} Bilder enthalten; dies ist %n Bild. Senden Sie es in einer eigenen Nachricht.</numerusform>
                <numerusform>Eine Nachricht kann höchstens {most} Bilder enthalten; dies sind %n. Senden Sie sie in zwei Nachrichten.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} konnte nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>A picture could not be read: {reason}.</source>
            <translation>Ein Bild konnte nicht gelesen werden: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</source>
            <translation>
                <numerusform>Dieses %n Bild ist zu groß zum Senden ({size}, Limit {limit}). Senden Sie es einzeln.</numerusform>
                <numerusform>Diese %n Bilder sind zusammen zu groß zum Senden ({size}, Limit {limit}). Senden Sie sie in zwei Nachrichten.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is too large to send ({size}, limit {limit}).</source>
            <translation>{name} ist zu groß zum Senden ({size}, Limit {limit}).</translation>
        </message>
        <message>
            <source>{name} can't be sent: only JPEG, PNG, GIF and WebP pictures can.</source>
            <translation>{name} kann nicht gesendet werden: Nur Bilder im Format JPEG, PNG, GIF und WebP sind möglich.</translation>
        </message>
        <message>
            <source>The picture could not be put in the folder for sent pictures ({folder}): {reason}.</source>
            <translation>Das Bild konnte nicht im Ordner für gesendete Bilder ({folder}) abgelegt werden: {reason}.</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>window title of a picture shown full size</extracomment>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Bild wird geladen…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the picture's window</extracomment>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>This picture could not be shown: it is damaged or gone.</source>
            <translation>Dieses Bild konnte nicht angezeigt werden: Es ist beschädigt oder nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>Save picture</source>
            <translation>Bild speichern</translation>
        </message>
    </context>
    <context>
        <name>PopupStack</name>
        <message numerus="yes">
            <source>+%n more</source>
            <extracomment>under the pop-ups: how many more are waiting, hidden</extracomment>
            <translation>
                <numerusform>+%n weitere</numerusform>
                <numerusform>+%n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Popups</name>
        <message>
            <source>Close</source>
            <extracomment>a button: closes this pop-up (the conversation stays as it is)</extracomment>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>what the pop-up's text is: the SMS received</extracomment>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a button: opens a box in the pop-up to answer the SMS</extracomment>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a button: the SMS was seen; the conversation no longer counts as unread</extracomment>
            <translation>Als gelesen markieren</translation>
        </message>
        <message>
            <source>Open</source>
            <extracomment>a button: shows the conversation in the main window</extracomment>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>a button: sends the reply typed in the pop-up</extracomment>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Nachrichtenlänge</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>Sendestatus</translation>
        </message>
        <message>
            <source>Opted out</source>
            <extracomment>what the line under the message says: why no reply can be sent</extracomment>
            <translation>SMS abbestellt</translation>
        </message>
        <message>
            <source>New SMS from {name}</source>
            <translation>Neue SMS von {name}</translation>
        </message>
        <message>
            <source>Say something</source>
            <translation>Nachricht eingeben</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Bild</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n neue Nachricht</numerusform>
                <numerusform>%n neue Nachrichten</numerusform>
            </translation>
        </message>
        <message>
            <source>New SMS from {name}: {text}</source>
            <translation>Neue SMS von {name}: {text}</translation>
        </message>
        <message>
            <source>Enter sends · Shift+Enter: new line</source>
            <translation>Enter sendet · Shift+Enter: neue Zeile</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Press Enter again to send anyway.</source>
            <translation>Einige Variablen sind nicht ausgefüllt: {names}. Drücken Sie erneut Enter, um trotzdem zu senden.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Sent</source>
            <extracomment>the reply's status: the carrier took it</extracomment>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Nicht gesendet: {reason}</translation>
        </message>
        <message>
            <source>Not sent: refused.</source>
            <translation>Nicht gesendet: abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>QuestionBar</name>
        <message>
            <source>{colleague} is answering this conversation. Take over from {first_name} and send? {first_name} sees that you took over.</source>
            <translation>{colleague} beantwortet diese Unterhaltung. Von {first_name} übernehmen und senden? {first_name} sieht, dass Sie übernommen haben.</translation>
        </message>
        <message>
            <source>Take over and send</source>
            <extracomment>button: takes the conversation over from the colleague, then sends the message</extracomment>
            <translation>Übernehmen und senden</translation>
        </message>
        <message>
            <source>Send now</source>
            <extracomment>button: sends the message now, although it is night for them</extracomment>
            <translation>Jetzt senden</translation>
        </message>
        <message>
            <source>{colleague} is answering this conversation, and it is {now} for {who} ({zone}). Take over from {first_name} and send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>{colleague} beantwortet diese Unterhaltung, und bei {who} ist es {now} ({zone}). Von {first_name} übernehmen und trotzdem jetzt senden?</translation>
        </message>
        <message>
            <source>Take over and send now</source>
            <extracomment>button: takes the conversation over and sends now, although it is night for them</extracomment>
            <translation>Übernehmen und jetzt senden</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}.</source>
            <extracomment>said before the question about quiet hours or taking over: two whole sentences</extracomment>
            <translation>Einige Variablen sind nicht ausgefüllt: {names}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>button: sends nothing and keeps the message in the box</extracomment>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>QuietHours</name>
        <message>
            <source>It is {now} for them ({zone} time), outside the hours you text customers ({start} to {end}). Send now anyway, or send at {start} their time?</source>
            <extracomment>{zone} is a time zone's city ("Los Angeles"); times are 24-hour ("08:00")</extracomment>
            <translation>Beim Kontakt ist es {now} (Zeitzone {zone}), außerhalb der Zeiten, in denen Sie Kunden schreiben ({start} bis {end}). Trotzdem jetzt senden oder um {start} Ortszeit des Kontakts?</translation>
        </message>
        <message>
            <source>It is {now} for {who} ({zone}). Send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>Bei {who} ist es {now} ({zone}). Trotzdem jetzt senden?</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>A number is empty.</source>
            <extracomment>Which value of a record a sentence is about (a key: each has its own whole sentences).</extracomment>
            <translation>Eine Nummer ist leer.</translation>
        </message>
        <message>
            <source>The sender is empty.</source>
            <translation>Der Absender ist leer.</translation>
        </message>
        <message>
            <source>The number it was sent to is empty.</source>
            <translation>Die Empfängernummer ist leer.</translation>
        </message>
        <message>
            <source>A number is longer than {most} characters.</source>
            <translation>Eine Nummer ist länger als {most} Zeichen.</translation>
        </message>
        <message>
            <source>The sender is longer than {most} characters.</source>
            <translation>Der Absender ist länger als {most} Zeichen.</translation>
        </message>
        <message>
            <source>The number it was sent to is longer than {most} characters.</source>
            <translation>Die Empfängernummer ist länger als {most} Zeichen.</translation>
        </message>
        <message>
            <source>A number holds a NUL character, which the database can't keep.</source>
            <translation>Eine Nummer enthält ein NUL-Zeichen, das die Datenbank nicht speichern kann.</translation>
        </message>
        <message>
            <source>The sender holds a NUL character, which the database can't keep.</source>
            <translation>Der Absender enthält ein NUL-Zeichen, das die Datenbank nicht speichern kann.</translation>
        </message>
        <message>
            <source>The number it was sent to holds a NUL character, which the database can't keep.</source>
            <translation>Die Empfängernummer enthält ein NUL-Zeichen, das die Datenbank nicht speichern kann.</translation>
        </message>
        <message>
            <source>Its text holds a NUL character, which the database can't keep.</source>
            <translation>Der Text enthält ein NUL-Zeichen, das die Datenbank nicht speichern kann.</translation>
        </message>
        <message>
            <source>Its message id holds a NUL character, which the database can't keep.</source>
            <translation>Die Nachrichten-ID enthält ein NUL-Zeichen, das die Datenbank nicht speichern kann.</translation>
        </message>
        <message>
            <source>A number holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Eine Nummer enthält ein defektes Zeichen (ein halbes Emoji: ein einzelnes Surrogat).</translation>
        </message>
        <message>
            <source>The sender holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Der Absender enthält ein defektes Zeichen (ein halbes Emoji: ein einzelnes Surrogat).</translation>
        </message>
        <message>
            <source>The number it was sent to holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Die Empfängernummer enthält ein defektes Zeichen (ein halbes Emoji: ein einzelnes Surrogat).</translation>
        </message>
        <message>
            <source>Its text holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Der Text enthält ein defektes Zeichen (ein halbes Emoji: ein einzelnes Surrogat).</translation>
        </message>
        <message>
            <source>Its message id holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Die Nachrichten-ID enthält ein defektes Zeichen (ein halbes Emoji: ein einzelnes Surrogat).</translation>
        </message>
        <message>
            <source>The gateway gave it no message id.</source>
            <translation>Das Gateway hat keine Nachrichten-ID vergeben.</translation>
        </message>
        <message>
            <source>Its message id is longer than {most} characters.</source>
            <translation>Die Nachrichten-ID ist länger als {most} Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>Scheduling</name>
        <message>
            <source>Edit scheduled message</source>
            <translation>Geplante Nachricht bearbeiten</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Später senden</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy  HH:mm</source>
            <extracomment>a Qt date-time format (ddd, d, MMM, yyyy, HH, mm; "h:mm AP" for a 12-hour clock)</extracomment>
            <translation>ddd, d. MMM yyyy  HH:mm</translation>
        </message>
        <message>
            <source>Send at</source>
            <extracomment>label of the date and time a scheduled message goes</extracomment>
            <translation>Senden am</translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>In %n Stunde</numerusform>
                <numerusform>In %n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation>Morgen, {time}</translation>
        </message>
        <message>
            <source>Cancel if they reply first</source>
            <translation>Stornieren, wenn der Kontakt zuerst antwortet</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Nachrichtenlänge</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Planen</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>screen-reader name of the quoted text of the message being scheduled</extracomment>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>“{message}”</source>
            <extracomment>the message being scheduled, in the language's quotation marks</extracomment>
            <translation>„{message}“</translation>
        </message>
        <message>
            <source>Your time ({zone}).</source>
            <extracomment>under the date and time: they are in the computer's time zone ("CET")</extracomment>
            <translation>Ihre Zeit ({zone}).</translation>
        </message>
        <message>
            <source>Choose a time at least a minute from now.</source>
            <translation>Wählen Sie eine Zeit, die mindestens eine Minute in der Zukunft liegt.</translation>
        </message>
        <message>
            <source>Type the message to send.</source>
            <translation>Geben Sie die zu sendende Nachricht ein.</translation>
        </message>
        <message>
            <source>The message is too long to send.</source>
            <translation>Die Nachricht ist zu lang zum Senden.</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <extracomment>the user's own time of a scheduled send, e.g. "tomorrow 16:00"</extracomment>
            <translation>morgen, {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>the user's own time of a scheduled send; {day} is a weekday ("Thu")</extracomment>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>Take over and send at {their_time} their time — {your_time} yours</source>
            <translation>Übernehmen und um {their_time} Ortszeit des Kontakts senden — bei Ihnen {your_time}</translation>
        </message>
        <message>
            <source>Send at {their_time} their time — {your_time} yours</source>
            <extracomment>button: schedules the message for the morning where the recipient is</extracomment>
            <translation>Um {their_time} Ortszeit des Kontakts senden — bei Ihnen {your_time}</translation>
        </message>
        <message>
            <source>Take over and send at {time}</source>
            <translation>Übernehmen und um {time} senden</translation>
        </message>
        <message>
            <source>Send at {time}</source>
            <translation>Um {time} senden</translation>
        </message>
        <message>
            <source>Scheduled for {their_time} their time — {your_time} yours</source>
            <extracomment>under a scheduled message: when it goes, on the recipient's clock and on the user's</extracomment>
            <translation>Geplant für {their_time} Ortszeit des Kontakts — bei Ihnen {your_time}</translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <source>{characters} / {limit} characters — too long to send. Shorten it or split it in two.</source>
            <translation>{characters} / {limit} Zeichen – zu lang zum Senden. Kürzen Sie den Text oder teilen Sie ihn in zwei Nachrichten auf.</translation>
        </message>
        <message>
            <source>{used} / {fits}</source>
            <extracomment>a counter: characters used / characters that fit in one SMS ("42 / 160")</extracomment>
            <translation>{used} / {fits}</translation>
        </message>
        <message>
            <source>1 SMS</source>
            <extracomment>the message goes as one SMS</extracomment>
            <translation>1 SMS</translation>
        </message>
        <message numerus="yes">
            <source>{characters} characters · %n SMS</source>
            <extracomment>"170 characters · 2 SMS": the text is 170 characters long and goes as 2 SMS</extracomment>
            <translation>
                <numerusform>{characters} Zeichen · %n SMS</numerusform>
                <numerusform>{characters} Zeichen · %n SMS</numerusform>
            </translation>
        </message>
        <message>
            <source>Unicode because of {characters}</source>
            <extracomment>{characters} lists the characters that need Unicode (UCS-2) encoding</extracomment>
            <translation>Unicode wegen {characters}</translation>
        </message>
        <message>
            <source>tab</source>
            <extracomment>the tab character, named in the counter line (control characters have no name)</extracomment>
            <translation>Tabulator</translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message numerus="yes">
            <source>%n message(s) set aside</source>
            <translation>
                <numerusform>%n Nachricht zurückgestellt</numerusform>
                <numerusform>%n Nachrichten zurückgestellt</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>a day and a time of day: "Tuesday 14:05", "5 Dec 14:05"</extracomment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>No message id</source>
            <translation>Keine Nachrichten-ID</translation>
        </message>
        <message>
            <source>{sid} · {when} (waiting to be tried again)</source>
            <extracomment>a message set aside: its id and when it came, asked to be fetched again</extracomment>
            <translation>{sid} · {when} (wartet auf erneuten Versuch)</translation>
        </message>
        <message>
            <source>{sid} · {when}</source>
            <extracomment>a message set aside: its id and when it came</extracomment>
            <translation>{sid} · {when}</translation>
        </message>
        <message>
            <source>Messages from the gateway that could not be stored. Show them.</source>
            <translation>Nachrichten vom Gateway, die nicht gespeichert werden konnten. Anzeigen.</translation>
        </message>
        <message>
            <source>Messages set aside</source>
            <translation>Zurückgestellte Nachrichten</translation>
        </message>
        <message>
            <source>These messages came from the SMS gateway but could not be stored; every other message arrived as usual. Try again fetches them from the gateway again; Dismiss takes them off this list.</source>
            <translation>Diese Nachrichten kamen vom SMS-Gateway, konnten aber nicht gespeichert werden; alle anderen Nachrichten sind wie gewohnt angekommen. „Erneut versuchen“ ruft sie noch einmal vom Gateway ab; „Verwerfen“ entfernt sie von dieser Liste.</translation>
        </message>
        <message>
            <source>What the gateway sent:</source>
            <translation>Was das Gateway gesendet hat:</translation>
        </message>
        <message>
            <source>What the gateway sent</source>
            <translation>Was das Gateway gesendet hat</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Fetch the selected messages again and store them</source>
            <translation>Die ausgewählten Nachrichten erneut abrufen und speichern</translation>
        </message>
        <message>
            <source>Take the selected messages off this list</source>
            <translation>Die ausgewählten Nachrichten von dieser Liste entfernen</translation>
        </message>
        <message>
            <source>Nothing is set aside.</source>
            <translation>Es ist nichts zurückgestellt.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{key} must be "" (the desktop's) or one of {codes}</source>
            <extracomment>{codes}: the language codes SMS Desk ships ("de", "fr" …)</extracomment>
            <translation>{key} muss "" (Sprache des Desktops) oder einer der Codes {codes} sein</translation>
        </message>
        <message>
            <source>{key} must be {choice}</source>
            <translation>{key} muss {choice} sein</translation>
        </message>
        <message>
            <source>{key} must be {choices} or {last}</source>
            <extracomment>{choices}: the carriers' keys separated by commas, {last}: the last key</extracomment>
            <translation>{key} muss {choices} oder {last} sein</translation>
        </message>
        <message>
            <source>{key} must be an object of texts</source>
            <translation>{key} muss ein Objekt aus Texten sein</translation>
        </message>
        <message>
            <source>{key} must be a number from 1 to 300</source>
            <translation>{key} muss eine Zahl von 1 bis 300 sein</translation>
        </message>
        <message>
            <source>{key} must be a two-letter country code such as {example}</source>
            <translation>{key} muss ein zweibuchstabiger Ländercode wie {example} sein</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 2 to 120</source>
            <translation>{key} muss eine ganze Zahl von 2 bis 120 sein</translation>
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation>{key} muss true oder false sein</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 1 to 15</source>
            <translation>{key} muss eine ganze Zahl von 1 bis 15 sein</translation>
        </message>
        <message>
            <source>{key} must be a time such as {example}</source>
            <translation>{key} muss eine Uhrzeit wie {example} sein</translation>
        </message>
        <message>
            <source>{key} must be text</source>
            <translation>{key} muss Text sein</translation>
        </message>
        <message numerus="yes">
            <source>it is larger than %Ln bytes</source>
            <translation>
                <numerusform>sie ist größer als %Ln Byte</numerusform>
                <numerusform>sie ist größer als %Ln Byte</numerusform>
            </translation>
        </message>
        <message>
            <source>the file does not hold a JSON object</source>
            <translation>die Datei enthält kein JSON-Objekt</translation>
        </message>
        <message>
            <source>it is nested too deeply to be settings</source>
            <translation>sie ist für Einstellungen zu tief verschachtelt</translation>
        </message>
        <message>
            <source>In {path}: {problem}; the default is used instead.</source>
            <translation>In {path}: {problem}; stattdessen wird der Standardwert verwendet.</translation>
        </message>
        <message>
            <source>In {path}: {least} is larger than {most}; the defaults (2 to 8) are used instead.</source>
            <translation>In {path}: {least} ist größer als {most}; stattdessen werden die Standardwerte (2 bis 8) verwendet.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). It was set aside as {moved}, and SMS Desk started with default settings: open Settings (Ctrl+,) to set them again.</source>
            <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}). Sie wurde als {moved} beiseitegelegt, und SMS Desk wurde mit Standardeinstellungen gestartet: Öffnen Sie die Einstellungen (Ctrl+,), um sie erneut festzulegen.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk started with default settings; delete or fix the file to stop seeing this.</source>
            <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}). SMS Desk wurde mit Standardeinstellungen gestartet; löschen oder korrigieren Sie die Datei, damit diese Meldung nicht mehr erscheint.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk starts with default settings until it is fixed or removed.</source>
            <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}). SMS Desk startet mit Standardeinstellungen, bis sie korrigiert oder entfernt wird.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>no secure keyring: can't be saved</source>
            <translation>kein sicherer Schlüsselbund: kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>All settings</source>
            <translation>Alle Einstellungen</translation>
        </message>
        <message>
            <source>Secrets can't be saved on this computer: {advice}</source>
            <translation>Geheimnisse können auf diesem Computer nicht gespeichert werden: {advice}</translation>
        </message>
        <message>
            <source>Quiet hours: the sending window must start before it ends.</source>
            <translation>Ruhezeiten: Das Sendezeitfenster muss beginnen, bevor es endet.</translation>
        </message>
        <message>
            <source>To send pictures, fill in both the Public media URL base and the folder published at that address (or leave both empty).</source>
            <translation>Um Bilder zu senden, füllen Sie sowohl die öffentliche Medien-URL als auch den dort veröffentlichten Ordner aus (oder lassen Sie beides leer).</translation>
        </message>
        <message>
            <source>The Public media URL base must start with https:// so the gateway can fetch the pictures.</source>
            <translation>Die öffentliche Medien-URL muss mit https:// beginnen, damit das Gateway die Bilder abrufen kann.</translation>
        </message>
        <message>
            <source>This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</source>
            <translation>Dies ist keine Datenbank-URL. Beispiele: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</translation>
        </message>
        <message>
            <source>Don't put the password in the URL: type it in Database password, so it is kept in the keyring.</source>
            <translation>Tragen Sie das Passwort nicht in die URL ein, sondern unter „Datenbankpasswort“, damit es im Schlüsselbund gespeichert wird.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Wird getestet…</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Geben Sie „{field}“ ein: Für dieses Konto ist nichts gespeichert.</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}” ({status}).</source>
            <translation>Verbunden: Das Gateway hat „{name}“ akzeptiert ({status}).</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}”.</source>
            <translation>Verbunden: Das Gateway hat „{name}“ akzeptiert.</translation>
        </message>
        <message>
            <source>The test failed unexpectedly. Details are in the log file.</source>
            <translation>Der Test ist unerwartet fehlgeschlagen. Details stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account yet.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Geben Sie „{field}“ ein: Für dieses Konto ist noch nichts gespeichert.</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>Es wurde nichts gespeichert. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings file {file} can't be written ({reason}).</source>
            <translation>Es wurde nichts gespeichert: Die Einstellungsdatei {file} kann nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>Saving failed unexpectedly. Details are in the log file.</source>
            <translation>Das Speichern ist unerwartet fehlgeschlagen. Details stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <source>Public media URL base</source>
            <translation>Öffentliche Medien-URL</translation>
        </message>
        <message>
            <source>https://example.com/sms-pictures/</source>
            <extracomment>an example address of the web folder pictures are published in (keep it an address)</extracomment>
            <translation>https://example.com/sms-pictures/</translation>
        </message>
        <message>
            <source>Folder published at that address</source>
            <translation>Unter dieser Adresse veröffentlichter Ordner</translation>
        </message>
        <message>
            <source>a folder your web server publishes there</source>
            <translation>ein Ordner, den Ihr Webserver dort veröffentlicht</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Ergebnis des Verbindungstests</translation>
        </message>
        <message>
            <source>SMS gateway</source>
            <translation>SMS-Gateway</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Same as the computer ({language})</source>
            <extracomment>the first choice of the Language list: {language} is the computer's, e.g. "Deutsch"</extracomment>
            <translation>Systemsprache ({language})</translation>
        </message>
        <message>
            <source>Default country</source>
            <translation>Standardland</translation>
        </message>
        <message>
            <source>Check for new messages every</source>
            <translation>Abrufintervall für neue Nachrichten</translation>
        </message>
        <message>
            <source> s</source>
            <extracomment>after a number of seconds: "30 s"</extracomment>
            <translation> s</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
        </message>
        <message>
            <source>Start SMS Desk when I log in (in the tray)</source>
            <translation>SMS Desk bei der Anmeldung starten (im Infobereich)</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>A new language is used the next time SMS Desk starts.</source>
            <translation>Eine neue Sprache wird beim nächsten Start von SMS Desk verwendet.</translation>
        </message>
        <message>
            <source>Numbers typed without +country code are read as this country's.</source>
            <translation>Nummern ohne +Landesvorwahl werden als Nummern dieses Landes gelesen.</translation>
        </message>
        <message>
            <source>While you use SMS Desk or wait for a reply, it checks every second; when the desk is idle, it slows down to this.</source>
            <translation>Während Sie SMS Desk verwenden oder auf eine Antwort warten, wird jede Sekunde abgerufen; wird der Arbeitsplatz nicht benutzt, verlangsamt sich der Abruf bis auf dieses Intervall.</translation>
        </message>
        <message>
            <source>Show a notification when an SMS arrives</source>
            <translation>Benachrichtigung anzeigen, wenn eine SMS eingeht</translation>
        </message>
        <message>
            <source>Show notifications as</source>
            <translation>Benachrichtigungen anzeigen als</translation>
        </message>
        <message>
            <source>The desktop's notifications</source>
            <translation>Benachrichtigungen des Desktops</translation>
        </message>
        <message>
            <source>SMS Desk pop-ups</source>
            <translation>Pop-ups von SMS Desk</translation>
        </message>
        <message>
            <source>The desktop's notifications follow its Do Not Disturb and notification settings. Where the desktop has no notification service, SMS Desk's pop-ups are used.</source>
            <translation>Die Benachrichtigungen des Desktops folgen dessen Einstellungen für „Nicht stören“ und Benachrichtigungen. Wo der Desktop keinen Benachrichtigungsdienst hat, werden die Pop-ups von SMS Desk verwendet.</translation>
        </message>
        <message>
            <source>Pop-ups close after</source>
            <translation>Pop-ups schließen nach</translation>
        </message>
        <message>
            <source>Play a sound when an SMS arrives</source>
            <translation>Ton abspielen, wenn eine SMS eingeht</translation>
        </message>
        <message>
            <source>Notifications</source>
            <extracomment>a section of Settings: how new messages are announced</extracomment>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>Call with</source>
            <translation>Anrufen mit</translation>
        </message>
        <message>
            <source>tel: links (default), or callto:{number}, or a command</source>
            <extracomment>keep tel:, callto: and {number} as they are: they are what is typed here</extracomment>
            <translation>tel:-Links (Standard), callto:{number} oder ein Befehl</translation>
        </message>
        <message>
            <source>Ask before texting someone outside these hours, their time</source>
            <translation>Vor dem Senden außerhalb dieser Zeiten (Ortszeit des Kontakts) nachfragen</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>quiet hours: the sending window starts at this time ("From 08:00 until 20:00")</extracomment>
            <translation>Von</translation>
        </message>
        <message>
            <source>until</source>
            <extracomment>quiet hours: the sending window ends at this time ("From 08:00 until 20:00")</extracomment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Calls and quiet hours</source>
            <extracomment>a section of Settings: how Call works and when SMS Desk asks before texting</extracomment>
            <translation>Anrufe und Ruhezeiten</translation>
        </message>
        <message>
            <source>Call opens tel:+number in your softphone. To use another, give a link such as callto:{number} or a command such as 3cxphone --dial {number}.</source>
            <extracomment>keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are</extracomment>
            <translation>Anrufen öffnet tel:+number in Ihrem Softphone. Für ein anderes Programm geben Sie einen Link wie callto:{number} oder einen Befehl wie 3cxphone --dial {number} an.</translation>
        </message>
        <message>
            <source>Their time comes from their number's country (and area code in the US and Canada). Outside these hours SMS Desk offers to send at the start, their time.</source>
            <translation>Die Ortszeit des Kontakts ergibt sich aus dem Land seiner Nummer (in den USA und Kanada auch aus der Vorwahl). Außerhalb dieser Zeiten bietet SMS Desk an, zu Beginn des Zeitfensters (Ortszeit des Kontakts) zu senden.</translation>
        </message>
        <message>
            <source>Database URL</source>
            <translation>Datenbank-URL</translation>
        </message>
        <message>
            <source>empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team</source>
            <translation>leer: nur dieser Computer (SQLite); für ein Team z. B. postgresql://desk@server/sms</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Datenbankpasswort</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>im Schlüsselbund Ihres Systems gespeichert</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Now: {url}. A change takes effect the next time SMS Desk starts.</source>
            <translation>Aktuell: {url}. Eine Änderung wirkt sich beim nächsten Start von SMS Desk aus.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Send</source>
            <extracomment>the F1 list: Enter in "Say something" sends the message</extracomment>
            <translation>Senden</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <extracomment>the F1 list: Shift+Enter in "Say something" starts a new line instead of sending</extracomment>
            <translation>Neue Zeile in der Nachricht</translation>
        </message>
        <message>
            <source>Find in the conversation</source>
            <extracomment>the F1 list: Ctrl+F with the keyboard in the conversation finds text in it</extracomment>
            <translation>In der Unterhaltung suchen</translation>
        </message>
        <message>
            <source>Close find</source>
            <extracomment>the F1 list: Escape in the find bar closes it</extracomment>
            <translation>Suche schließen</translation>
        </message>
        <message>
            <source>{keys} or {more}</source>
            <extracomment>a keyboard shortcut list read aloud: two ways to press the same thing</extracomment>
            <translation>{keys} oder {more}</translation>
        </message>
        <message>
            <source>{action}, {keys}</source>
            <extracomment>a row of the shortcuts list read aloud: what it does, then its keys</extracomment>
            <translation>{action}, {keys}</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <extracomment>the box above the shortcuts list that narrows it to what is typed</extracomment>
            <translation>Tastenkombinationen filtern</translation>
        </message>
        <message>
            <source>Filter by what it does or its keys, e.g. archive</source>
            <extracomment>placeholder of the filter box; "archive" is an example of a word to type</extracomment>
            <translation>Nach Funktion oder Tasten filtern, z. B. archivieren</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <extracomment>the shortcuts list when the filter matches nothing</extracomment>
            <translation>Keine Tastenkombination passt.</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the shortcuts that find and move between chats</extracomment>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Conversation</source>
            <extracomment>the shortcuts that act on the open conversation</extracomment>
            <translation>Unterhaltung</translation>
        </message>
        <message>
            <source>Pop-ups and notifications</source>
            <translation>Pop-ups und Benachrichtigungen</translation>
        </message>
        <message>
            <source>Window and help</source>
            <translation>Fenster und Hilfe</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>shortcuts that belong to no other group</extracomment>
            <translation>Weitere</translation>
        </message>
        <message>
            <source>Close the pop-up</source>
            <extracomment>the F1 list: Escape in an SMS Desk pop-up closes it (the message stays unread)</extracomment>
            <translation>Pop-up schließen</translation>
        </message>
        <message>
            <source>Open the selected chat's menu</source>
            <extracomment>the F1 list: the Menu key or Shift+F10 opens the selected chat's context menu</extracomment>
            <translation>Menü des ausgewählten Chats öffnen</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <extracomment>the F1 list: Escape in the chat search box empties it</extracomment>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <source>Undo Dealt with or Archive</source>
            <extracomment>the F1 list: Ctrl+Z takes back Dealt with or Archive while the Undo notice shows</extracomment>
            <translation>Erledigt oder Archivieren rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>{owner} is answering this conversation.</source>
            <translation>{owner} beantwortet diese Unterhaltung.</translation>
        </message>
        <message>
            <source>Nobody owns this conversation yet, so there is nothing to transfer: reply to it first (you become its owner), then transfer it.</source>
            <translation>Für diese Unterhaltung ist noch niemand zuständig, daher gibt es nichts zu übergeben: Antworten Sie zuerst (damit werden Sie zuständig) und übergeben Sie sie dann.</translation>
        </message>
        <message>
            <source>Only the owner, {owner}, or an administrator can transfer this conversation.</source>
            <translation>Nur die zuständige Person, {owner}, oder ein Administrator kann diese Unterhaltung übergeben.</translation>
        </message>
    </context>
    <context>
        <name>StoreFaults</name>
        <message>
            <source>Can't reach the database</source>
            <translation>Die Datenbank ist nicht erreichbar</translation>
        </message>
        <message>
            <source>The database is not answering (restarting, or the network to it is down). Every message is kept; SMS Desk carries on by itself as soon as it answers again.</source>
            <translation>Die Datenbank antwortet nicht (Neustart oder Netzwerk dorthin unterbrochen). Alle Nachrichten bleiben erhalten; SMS Desk macht von selbst weiter, sobald sie wieder antwortet.</translation>
        </message>
        <message>
            <source>The database is busy</source>
            <translation>Die Datenbank ist ausgelastet</translation>
        </message>
        <message>
            <source>Another program is holding the message database. SMS Desk tries again shortly; nothing is lost meanwhile.</source>
            <translation>Ein anderes Programm blockiert die Nachrichtendatenbank. SMS Desk versucht es gleich erneut; bis dahin geht nichts verloren.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Die Festplatte ist voll</translation>
        </message>
        <message>
            <source>The message database can't grow: free some disk space. SMS Desk tries again by itself.</source>
            <translation>Die Nachrichtendatenbank kann nicht wachsen: Geben Sie Speicherplatz frei. SMS Desk versucht es von selbst erneut.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Connected</source>
            <extracomment>the status bar: the desk is talking to the gateway</extracomment>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Connected — another desk is talking to the gateway for the team</source>
            <translation>Verbunden – ein anderer Arbeitsplatz kommuniziert für das Team mit dem Gateway</translation>
        </message>
        <message>
            <source>It has no usable message id, so it can't be fetched from the gateway again.</source>
            <translation>Die Nachricht hat keine brauchbare Nachrichten-ID und kann daher nicht erneut vom Gateway abgerufen werden.</translation>
        </message>
        <message>
            <source>The gateway no longer has it.</source>
            <translation>Das Gateway hat sie nicht mehr.</translation>
        </message>
        <message>
            <source>The gateway still sends it in a form SMS Desk can't read.</source>
            <translation>Das Gateway sendet sie weiterhin in einer Form, die SMS Desk nicht lesen kann.</translation>
        </message>
        <message>
            <source>The gateway says it is not a message to this desk.</source>
            <translation>Laut Gateway ist sie keine Nachricht an diesen Arbeitsplatz.</translation>
        </message>
        <message>
            <source>The database refused it ({error}); details are in the log.</source>
            <translation>Die Datenbank hat sie abgelehnt ({error}); Details stehen im Protokoll.</translation>
        </message>
        <message>
            <source>Not received by the gateway</source>
            <translation>Vom Gateway nicht empfangen</translation>
        </message>
        <message>
            <source>Not at the gateway yet; SMS Desk will look again</source>
            <translation>Noch nicht beim Gateway; SMS Desk sieht später erneut nach</translation>
        </message>
        <message>
            <source>Picture not fetched: {reason}</source>
            <translation>Bild nicht abgerufen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Another desk is talking to the gateway for the team.</source>
            <translation>Ein anderer Arbeitsplatz kommuniziert für das Team mit dem Gateway.</translation>
        </message>
        <message>
            <source>The team database is unreachable; trying again shortly.</source>
            <translation>Die Team-Datenbank ist nicht erreichbar; neuer Versuch in Kürze.</translation>
        </message>
        <message>
            <source>Cannot reach the team database.</source>
            <translation>Die Team-Datenbank ist nicht erreichbar.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Never</source>
            <extracomment>an account's last sign-in: it has never signed in</extracomment>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Administrator</source>
            <extracomment>an account's role: may manage accounts and settings</extracomment>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Colleague</source>
            <extracomment>an account's role: an ordinary account</extracomment>
            <translation>Teammitglied</translation>
        </message>
        <message>
            <source>Disabled</source>
            <extracomment>an account's state: it cannot sign in</extracomment>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Enabled</source>
            <extracomment>an account's state: it can sign in</extracomment>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Everyone who signs in to SMS Desk with their phone extension. A disabled account cannot sign in; an administrator may manage accounts and settings.</source>
            <translation>Alle, die sich mit ihrer Nebenstelle bei SMS Desk anmelden. Ein deaktiviertes Konto kann sich nicht anmelden; ein Administrator darf Konten und Einstellungen verwalten.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Nebenstelle</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>column heading: administrator or colleague</extracomment>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>column heading: enabled or disabled</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Letzte Anmeldung</translation>
        </message>
        <message>
            <source>&amp;Add colleague…</source>
            <translation>Teammitglied &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>Passwort &amp;zurücksetzen…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>&amp;Make administrator</source>
            <translation>Zum Administrator &amp;machen</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Aktivieren</translation>
        </message>
        <message>
            <source>Remove ad&amp;ministrator</source>
            <translation>Administratorrolle &amp;entziehen</translation>
        </message>
        <message>
            <source>{user} is disabled and can no longer sign in.</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>{user} ist deaktiviert und kann sich nicht mehr anmelden.</translation>
        </message>
        <message>
            <source>{user} is enabled and can sign in again.</source>
            <translation>{user} ist aktiviert und kann sich wieder anmelden.</translation>
        </message>
        <message>
            <source>{user} is an administrator now.</source>
            <translation>{user} ist jetzt Administrator.</translation>
        </message>
        <message>
            <source>{user} is no longer an administrator.</source>
            <translation>{user} ist kein Administrator mehr.</translation>
        </message>
        <message>
            <source>Added {user} as an administrator.</source>
            <translation>{user} wurde als Administrator hinzugefügt.</translation>
        </message>
        <message>
            <source>Added {user}.</source>
            <translation>{user} wurde hinzugefügt.</translation>
        </message>
        <message>
            <source>Changed the password of {user}.</source>
            <translation>Das Passwort von {user} wurde geändert.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie sie erneut ein.</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>Teammitglied hinzufügen</translation>
        </message>
        <message>
            <source>For example {example}</source>
            <extracomment>{example}: an extension such as 102</extracomment>
            <translation>Zum Beispiel {example}</translation>
        </message>
        <message>
            <source>As colleagues will see it</source>
            <translation>Wie das Team den Namen sehen wird</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Passwort wiederholen</translation>
        </message>
        <message>
            <source>&amp;Administrator: may manage accounts and settings</source>
            <translation>&amp;Administrator: darf Konten und Einstellungen verwalten</translation>
        </message>
        <message>
            <source>&amp;Extension:</source>
            <translation>&amp;Nebenstelle:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Teammitglied hinzufügen</translation>
        </message>
        <message>
            <source>Reset the password of {user}</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>Passwort von {user} zurücksetzen</translation>
        </message>
        <message>
            <source>{user} signs in with this password from now on; tell them what it is.</source>
            <translation>{user} meldet sich ab jetzt mit diesem Passwort an; teilen Sie es der Person mit.</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Neues Passwort:</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Passwort zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>Telnyx</name>
        <message>
            <source>SMS Desk cannot tell whether this SMS reached Telnyx: the connection dropped before Telnyx answered. Check that the recipient got it, then Retry or Discard.</source>
            <translation>SMS Desk kann nicht feststellen, ob diese SMS Telnyx erreicht hat: Die Verbindung brach ab, bevor Telnyx antwortete. Prüfen Sie, ob der Empfänger sie erhalten hat, und wählen Sie dann „Erneut senden“ oder „Verwerfen“.</translation>
        </message>
        <message>
            <source>A picture's address is not a secure web address; it was not fetched.</source>
            <translation>Die Adresse eines Bildes ist keine sichere Webadresse; es wurde nicht abgerufen.</translation>
        </message>
        <message>
            <source>Telnyx no longer has this picture.</source>
            <translation>Telnyx hat dieses Bild nicht mehr.</translation>
        </message>
        <message>
            <source>A picture could not be fetched (HTTP {status}). SMS Desk will try again.</source>
            <translation>Ein Bild konnte nicht abgerufen werden (HTTP {status}). SMS Desk versucht es erneut.</translation>
        </message>
        <message>
            <source>Telnyx has no messaging profile with this ID on the account. Check the Messaging profile ID in Settings.</source>
            <translation>Telnyx hat in diesem Konto kein Messaging-Profil mit dieser ID. Prüfen Sie die Messaging-Profil-ID in den Einstellungen.</translation>
        </message>
        <message>
            <source>The messaging profile “{name}” is disabled at Telnyx, so nothing can be sent through it. Enable it in the Telnyx portal.</source>
            <translation>Das Messaging-Profil „{name}“ ist bei Telnyx deaktiviert, daher kann darüber nichts gesendet werden. Aktivieren Sie es im Telnyx-Portal.</translation>
        </message>
        <message>
            <source>The API key works, but the Telnyx account has no number {number}. Check the From number in Settings.</source>
            <translation>Der API-Schlüssel funktioniert, aber das Telnyx-Konto hat keine Nummer {number}. Prüfen Sie die Absendernummer in den Einstellungen.</translation>
        </message>
        <message>
            <source>Telnyx refused the API key. Check the API key in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Telnyx", AUTH_SENTENCE).</extracomment>
            <translation>Telnyx hat den API-Schlüssel abgelehnt. Prüfen Sie den API-Schlüssel in den Einstellungen.</translation>
        </message>
        <message>
            <source>Telnyx at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx unter {host} hat eine Antwort gesendet, die SMS Desk nicht lesen kann. SMS Desk versucht es erneut; wenn das weiterhin passiert, prüfen Sie die API-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>Can't reach Telnyx at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>Telnyx unter {host} ist nicht erreichbar. Prüfen Sie die Internetverbindung; SMS Desk versucht es weiter.</translation>
        </message>
        <message>
            <source>Telnyx at {host} did not answer in time. SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx unter {host} hat nicht rechtzeitig geantwortet. SMS Desk prüft, was passiert ist, bevor es etwas erneut sendet.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to Telnyx at {host}: its certificate was not accepted. Check the API address in Settings.</source>
            <translation>Keine sichere Verbindung zu Telnyx unter {host} möglich: Das Zertifikat wurde nicht akzeptiert. Prüfen Sie die API-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>The connection to Telnyx at {host} broke before it answered. SMS Desk will check what happened before it sends anything again.</source>
            <translation>Die Verbindung zu Telnyx unter {host} ist vor der Antwort abgebrochen. SMS Desk prüft, was passiert ist, bevor es etwas erneut sendet.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>Telnyx hat SMS Desk gebeten, weniger Anfragen zu senden. Neuer Versuch in {seconds} s.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>Telnyx hat SMS Desk gebeten, weniger Anfragen zu senden. Neuer Versuch in Kürze.</translation>
        </message>
        <message>
            <source>Telnyx at {host} had a problem (HTTP {status}). SMS Desk will check what happened before it sends anything again.</source>
            <translation>Bei Telnyx unter {host} ist ein Problem aufgetreten (HTTP {status}). SMS Desk prüft, was passiert ist, bevor es etwas erneut sendet.</translation>
        </message>
        <message>
            <source>Telnyx has no record of that message (it keeps them for 10 days).</source>
            <translation>Telnyx hat keinen Eintrag zu dieser Nachricht (Telnyx bewahrt sie 10 Tage auf).</translation>
        </message>
        <message>
            <source>Telnyx has no record of what SMS Desk asked for. Check the settings of the Telnyx gateway.</source>
            <translation>Telnyx hat keinen Eintrag zu dem, was SMS Desk angefragt hat. Prüfen Sie die Einstellungen des Telnyx-Gateways.</translation>
        </message>
        <message>
            <source>Telnyx at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the API address in Settings.</source>
            <translation>Telnyx unter {host} hat SMS Desk an eine andere Adresse umgeleitet (HTTP {status}). Prüfen Sie die API-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>Telnyx sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx hat einen Nachrichteneintrag gesendet, den SMS Desk nicht lesen kann. SMS Desk versucht es erneut; wenn das weiterhin passiert, prüfen Sie die API-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>The recipient's carrier blocks the desk's sending number as spam, so nothing sent from it arrives there. Ask your administrator to contact Telnyx.</source>
            <translation>Der Anbieter des Empfängers blockiert die Absendernummer des Arbeitsplatzes als Spam, daher kommt nichts von ihr dort an. Bitten Sie Ihren Administrator, sich an Telnyx zu wenden.</translation>
        </message>
        <message>
            <source>The recipient's carrier refused the text of this message. Remove unusual characters or symbols, then press Retry.</source>
            <translation>Der Anbieter des Empfängers hat den Text dieser Nachricht abgelehnt. Entfernen Sie ungewöhnliche Zeichen oder Symbole und klicken Sie dann auf „Erneut senden“.</translation>
        </message>
        <message>
            <source>The message expired at Telnyx before it could be delivered. Press Retry to send it again.</source>
            <translation>Die Nachricht ist bei Telnyx abgelaufen, bevor sie zugestellt werden konnte. Klicken Sie auf „Erneut senden“, um sie noch einmal zu senden.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>{day_and_month} {year}</source>
            <extracomment>a date in a saved reply: {day_and_month} is "25 November", {year} is "2026"</extracomment>
            <translation>{day_and_month} {year}</translation>
        </message>
        <message>
            <source>That template was deleted in the meantime.</source>
            <translation>Diese Vorlage wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change templates.</source>
            <translation>Ihr Konto ist deaktiviert, daher können Sie keine Vorlagen ändern.</translation>
        </message>
        <message>
            <source>Only an administrator can change templates shared with everyone. Save it as your own (Only me) instead.</source>
            <translation>Nur ein Administrator kann Vorlagen ändern, die mit allen geteilt sind. Speichern Sie sie stattdessen als eigene Vorlage („Nur ich“).</translation>
        </message>
        <message>
            <source>That template belongs to a colleague; only they can change it.</source>
            <translation>Diese Vorlage gehört einem anderen Teammitglied; nur diese Person kann sie ändern.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” shared with everyone. Pick another name.</source>
            <translation>Es gibt bereits eine Vorlage „{name}“, die mit allen geteilt ist. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” of yours. Pick another name.</source>
            <translation>Sie haben bereits eine Vorlage „{name}“. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>Eine Vorlage braucht einen Namen.</translation>
        </message>
        <message>
            <source>A template name can be at most {most} characters.</source>
            <translation>Ein Vorlagenname darf höchstens {most} Zeichen lang sein.</translation>
        </message>
        <message>
            <source>The template “{name}” needs some text.</source>
            <translation>Die Vorlage „{name}“ braucht einen Text.</translation>
        </message>
        <message>
            <source>The template “{name}” is too long: at most {most} characters.</source>
            <translation>Die Vorlage „{name}“ ist zu lang: höchstens {most} Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Only me</source>
            <extracomment>who can use a template: the colleague who wrote it</extracomment>
            <translation>Nur ich</translation>
        </message>
        <message>
            <source>Everyone (admins)</source>
            <extracomment>who can use a template: every colleague (only administrators can choose it)</extracomment>
            <translation>Alle (Administratoren)</translation>
        </message>
        <message>
            <source>Manage templates…</source>
            <translation>Vorlagen verwalten…</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>{name}  (mine)</source>
            <extracomment>a template in the menu that only its author sees</extracomment>
            <translation>{name}  (meine)</translation>
        </message>
        <message>
            <source>No templates yet</source>
            <translation>Noch keine Vorlagen</translation>
        </message>
        <message>
            <source>Insert a saved reply (or type / and its name)</source>
            <translation>Gespeicherte Antwort einfügen (oder / und ihren Namen eingeben)</translation>
        </message>
        <message>
            <source>Manage templates</source>
            <translation>Vorlagen verwalten</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. thanks</source>
            <translation>z. B. danke</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Hi {first_name}, thanks for your message! — {my_name}</source>
            <extracomment>an example template; keep {first_name} and {my_name} as they are</extracomment>
            <translation>Hallo {first_name}, vielen Dank für Ihre Nachricht! – {my_name}</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Wer sie verwenden darf</translation>
        </message>
        <message>
            <source>Only an administrator can share templates with everyone.</source>
            <translation>Nur ein Administrator kann Vorlagen mit allen teilen.</translation>
        </message>
        <message>
            <source>Variables: {first_name} (the contact's), {my_name} (yours), {date} (today)</source>
            <extracomment>keep the {names} as they are: they are what a template writer types</extracomment>
            <translation>Variablen: {first_name} (Vorname des Kontakts), {my_name} (Ihr Name), {date} (heutiges Datum)</translation>
        </message>
        <message>
            <source>Template status</source>
            <translation>Vorlagenstatus</translation>
        </message>
        <message>
            <source>New</source>
            <extracomment>a button: start writing a new template</extracomment>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>{name}  ·  everyone</source>
            <extracomment>a template in the list, shared with every colleague</extracomment>
            <translation>{name}  ·  alle</translation>
        </message>
        <message>
            <source>{name}  ·  only me</source>
            <extracomment>a template in the list that only its author sees</extracomment>
            <translation>{name}  ·  nur ich</translation>
        </message>
        <message>
            <source>Shared with everyone: only an administrator can change or delete it.</source>
            <translation>Mit allen geteilt: Nur ein Administrator kann sie ändern oder löschen.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>„{name}“ gespeichert.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>„{name}“ gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>Transfer conversation</source>
            <extracomment>window title: hand a conversation over to a colleague</extracomment>
            <translation>Unterhaltung übergeben</translation>
        </message>
        <message>
            <source>Hand the conversation with {title} to a colleague:</source>
            <translation>Die Unterhaltung mit {title} an ein Teammitglied übergeben:</translation>
        </message>
        <message>
            <source>Search colleagues</source>
            <translation>Teammitglieder durchsuchen</translation>
        </message>
        <message>
            <source>Search by name or extension</source>
            <translation>Nach Name oder Nebenstelle suchen</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Teammitglieder</translation>
        </message>
        <message>
            <source>No colleague to transfer to: add accounts with “{command}”.</source>
            <translation>Kein Teammitglied für eine Übergabe vorhanden: Legen Sie Konten mit „{command}“ an.</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notiz (optional)</translation>
        </message>
        <message>
            <source>Note (optional), e.g. “wants a call back after 3 pm”</source>
            <translation>Notiz (optional), z. B. „bittet um Rückruf nach 15 Uhr“</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to the chosen colleague</extracomment>
            <translation>Übergeben</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message numerus="yes">
            <source>Keep the note under %n character(s).</source>
            <translation>
                <numerusform>Die Notiz muss kürzer als %n Zeichen sein.</numerusform>
                <numerusform>Die Notiz muss kürzer als %n Zeichen sein.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open SMS Desk</source>
            <translation>SMS Desk öffnen</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Neue SMS</translation>
        </message>
        <message>
            <source>Do not disturb</source>
            <translation>Nicht stören</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>SMS Desk — no unread messages</source>
            <translation>SMS Desk – keine ungelesenen Nachrichten</translation>
        </message>
        <message numerus="yes">
            <source>SMS Desk — %n unread conversation(s)</source>
            <translation>
                <numerusform>SMS Desk – %n ungelesene Unterhaltung</numerusform>
                <numerusform>SMS Desk – %n ungelesene Unterhaltungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} (offline)</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") when the gateway does not answer</extracomment>
            <translation>{status} (offline)</translation>
        </message>
        <message>
            <source>{status} · Do not disturb</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") while Do not disturb is on</extracomment>
            <translation>{status} · Nicht stören</translation>
        </message>
    </context>
    <context>
        <name>TraySession</name>
        <message>
            <source>This desktop has no system tray, so SMS Desk stays open in its window: closing the window quits it. Pop-ups still appear when an SMS arrives.</source>
            <translation>Dieser Desktop hat keinen Infobereich, daher bleibt SMS Desk in seinem Fenster geöffnet: Das Schließen des Fensters beendet es. Pop-ups erscheinen trotzdem, wenn eine SMS eingeht.</translation>
        </message>
        <message>
            <source>SMS Desk is still running</source>
            <translation>SMS Desk läuft weiter</translation>
        </message>
        <message>
            <source>It keeps running in the system tray: click its icon to open it again.</source>
            <translation>Es läuft im Infobereich weiter: Klicken Sie auf das Symbol, um es wieder zu öffnen.</translation>
        </message>
    </context>
    <context>
        <name>Twilio</name>
        <message>
            <source>SMS Desk could not read the SMS gateway's list of messages to {number} far enough back to tell whether a message already went. It stays waiting and is checked again later, so that it is not sent twice.</source>
            <translation>SMS Desk konnte die Liste der Nachrichten an {number} beim SMS-Gateway nicht weit genug zurück lesen, um festzustellen, ob eine Nachricht bereits gesendet wurde. Sie bleibt in der Warteschlange und wird später erneut geprüft, damit sie nicht doppelt gesendet wird.</translation>
        </message>
        <message>
            <source>A picture's address is not on the SMS gateway; it was not fetched.</source>
            <translation>Die Adresse eines Bildes liegt nicht auf dem SMS-Gateway; es wurde nicht abgerufen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture through too many redirects; it was not fetched.</source>
            <translation>Das SMS-Gateway unter {host} hat ein Bild über zu viele Umleitungen geschickt; es wurde nicht abgerufen.</translation>
        </message>
        <message>
            <source>The SMS gateway no longer has this picture.</source>
            <translation>Das SMS-Gateway hat dieses Bild nicht mehr.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} could not hand over a picture (HTTP {status}). SMS Desk will try again.</source>
            <translation>Das SMS-Gateway unter {host} konnte ein Bild nicht übergeben (HTTP {status}). SMS Desk versucht es erneut.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Twilio", AUTH_SENTENCE).</extracomment>
            <translation>Das SMS-Gateway hat die Account SID oder das Auth Token abgelehnt. Prüfen Sie beides in den Einstellungen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture to an address SMS Desk does not fetch from; it was not fetched.</source>
            <translation>Das SMS-Gateway unter {host} hat ein Bild an eine Adresse verwiesen, von der SMS Desk nicht abruft; es wurde nicht abgerufen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>Das SMS-Gateway unter {host} hat eine Antwort gesendet, die SMS Desk nicht lesen kann. SMS Desk versucht es erneut; wenn das weiterhin passiert, prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>Can't reach the SMS gateway at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>Das SMS-Gateway unter {host} ist nicht erreichbar. Prüfen Sie die Internetverbindung; SMS Desk versucht es weiter.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} did not answer in time. SMS Desk will check what happened and try again.</source>
            <translation>Das SMS-Gateway unter {host} hat nicht rechtzeitig geantwortet. SMS Desk prüft, was passiert ist, und versucht es erneut.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to the SMS gateway at {host}: its certificate was not accepted. Check the gateway address in Settings.</source>
            <translation>Keine sichere Verbindung zum SMS-Gateway unter {host} möglich: Sein Zertifikat wurde nicht akzeptiert. Prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>The connection to the SMS gateway at {host} broke before it answered. SMS Desk will check what happened and try again.</source>
            <translation>Die Verbindung zum SMS-Gateway unter {host} brach ab, bevor es antwortete. SMS Desk prüft, was passiert ist, und versucht es erneut.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>Das SMS-Gateway hat SMS Desk gebeten, weniger Anfragen zu senden. Neuer Versuch in {seconds} s.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>Das SMS-Gateway hat SMS Desk gebeten, weniger Anfragen zu senden. Neuer Versuch in Kürze.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} had a problem (HTTP {status}). SMS Desk will try again.</source>
            <translation>Beim SMS-Gateway unter {host} ist ein Problem aufgetreten (HTTP {status}). SMS Desk versucht es erneut.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>Das SMS-Gateway kennt diese Nachricht nicht. Wenn das weiterhin passiert, prüfen Sie Account SID und Gateway-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of what SMS Desk asked for. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>Das SMS-Gateway kennt nicht, was SMS Desk angefragt hat. Wenn das weiterhin passiert, prüfen Sie Account SID und Gateway-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the gateway address in Settings.</source>
            <translation>Das SMS-Gateway unter {host} hat SMS Desk an eine andere Adresse umgeleitet (HTTP {status}). Prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>The SMS gateway sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>Das SMS-Gateway hat einen Nachrichtendatensatz gesendet, den SMS Desk nicht lesen kann. SMS Desk versucht es erneut; wenn das weiterhin passiert, prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <source>The gateway's entry is not a message record.</source>
            <translation>Der Eintrag des Gateways ist kein Nachrichtendatensatz.</translation>
        </message>
        <message>
            <source>The gateway's record has no message id (sid).</source>
            <translation>Dem Datensatz des Gateways fehlt die Nachrichten-ID (sid).</translation>
        </message>
        <message>
            <source>The gateway's record has no status.</source>
            <translation>Dem Datensatz des Gateways fehlt der Status.</translation>
        </message>
        <message>
            <source>The gateway's record has an unknown direction ({direction}).</source>
            <translation>Der Datensatz des Gateways hat eine unbekannte Richtung ({direction}).</translation>
        </message>
        <message>
            <source>The gateway's record has no date_created.</source>
            <extracomment>date_created is the name of the gateway's field: not translated</extracomment>
            <translation>Dem Datensatz des Gateways fehlt date_created.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a date.</source>
            <extracomment>{field} is the name of the gateway's field (date_sent…): not translated</extracomment>
            <translation>Der Datensatz des Gateways hat ein Feld {field}, das kein Datum ist.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a number.</source>
            <extracomment>{field} is the name of the gateway's field (num_media…): not translated</extracomment>
            <translation>Der Datensatz des Gateways hat ein Feld {field}, das keine Zahl ist.</translation>
        </message>
        <message>
            <source>The gateway's record could not be read.</source>
            <translation>Der Datensatz des Gateways konnte nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>Undo</source>
            <extracomment>a button: take back what was just done (Dealt with, Archive)</extracomment>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+Z", "Strg+Z")</extracomment>
            <translation>Rückgängig ({keys})</translation>
        </message>
        <message>
            <source>{done} Undo with {keys}.</source>
            <extracomment>what a screen reader says for the notice: {done} is what was done ("Archived.")</extracomment>
            <translation>{done} Rückgängig mit {keys}.</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>No app on this computer handles {scheme}: links, so the call could not start. Install your softphone (for example the 3CX app), or set how to call in Settings → Call with.</source>
            <translation>Keine App auf diesem Computer öffnet {scheme}:-Links, daher konnte der Anruf nicht starten. Installieren Sie Ihr Softphone (zum Beispiel die 3CX-App) oder legen Sie unter Einstellungen → Anrufen mit fest, wie angerufen wird.</translation>
        </message>
        <message>
            <source>The call command “{command}” could not be started ({reason}). Check Settings → Call with.</source>
            <translation>Der Anrufbefehl „{command}“ konnte nicht gestartet werden ({reason}). Prüfen Sie Einstellungen → Anrufen mit.</translation>
        </message>
        <message>
            <source>Calling {number}…</source>
            <translation>{number} wird angerufen…</translation>
        </message>
        <message>
            <source>Transferred to {name}.</source>
            <translation>An {name} übergeben.</translation>
        </message>
        <message>
            <source>Transferred to your colleague.</source>
            <translation>An Ihr Teammitglied übergeben.</translation>
        </message>
        <message>
            <source>Marked dealt with and archived.</source>
            <translation>Als erledigt markiert und archiviert.</translation>
        </message>
        <message>
            <source>Marked dealt with, but a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Als erledigt markiert, aber gerade ist eine neue Nachricht eingegangen, daher bleibt die Unterhaltung in den Chats.</translation>
        </message>
        <message>
            <source>Moved back to Chats.</source>
            <translation>Zurück in die Chats verschoben.</translation>
        </message>
        <message>
            <source>Archived.</source>
            <extracomment>a status message: the conversation was archived</extracomment>
            <translation>Archiviert.</translation>
        </message>
        <message>
            <source>Not archived: a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Nicht archiviert: Gerade ist eine neue Nachricht eingegangen, daher bleibt die Unterhaltung in den Chats.</translation>
        </message>
        <message>
            <source>Marked as unread.</source>
            <translation>Als ungelesen markiert.</translation>
        </message>
        <message>
            <source>Undone: the conversation is back as it was.</source>
            <translation>Rückgängig gemacht: Die Unterhaltung ist wieder wie vorher.</translation>
        </message>
        <message>
            <source>SMS with {title}.pdf</source>
            <extracomment>the file name suggested when a conversation is exported</extracomment>
            <translation>SMS mit {title}.pdf</translation>
        </message>
        <message>
            <source>PDF, printable (*.pdf)</source>
            <translation>PDF, druckbar (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Unterhaltung exportieren</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to {path}.</source>
            <translation>
                <numerusform>%n Nachricht nach {path} exportiert.</numerusform>
                <numerusform>%n Nachrichten nach {path} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The conversation could not be exported. {reason}</source>
            <translation>Die Unterhaltung konnte nicht exportiert werden. {reason}</translation>
        </message>
        <message>
            <source>SMS opt-outs.csv</source>
            <extracomment>the file name suggested when the opt-out list is exported</extracomment>
            <translation>SMS-Abbestellungen.csv</translation>
        </message>
        <message>
            <source>Export opt-out list</source>
            <translation>Abbestellungen exportieren</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n opted-out number(s) to {path}.</source>
            <translation>
                <numerusform>%n Nummer mit SMS-Abbestellung nach {path} exportiert.</numerusform>
                <numerusform>%n Nummern mit SMS-Abbestellung nach {path} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The opt-out list could not be exported. {reason}</source>
            <translation>Die Liste der Abbestellungen konnte nicht exportiert werden. {reason}</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New SMS…</source>
            <translation>&amp;Neue SMS…</translation>
        </message>
        <message>
            <source>&amp;Contacts…</source>
            <translation>&amp;Kontakte…</translation>
        </message>
        <message>
            <source>&amp;Export opt-out list…</source>
            <translation>&amp;Abbestellungen exportieren…</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Team…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Nächste Unterhaltung</translation>
        </message>
        <message>
            <source>Previous conversation</source>
            <translation>Vorherige Unterhaltung</translation>
        </message>
        <message>
            <source>Switch between Chats and Archived</source>
            <translation>Zwischen Chats und Archiviert wechseln</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>the F1 list's row for sending (Enter in "Say something", Ctrl+Enter anywhere)</extracomment>
            <translation>Senden</translation>
        </message>
        <message>
            <source>&amp;Do not disturb</source>
            <translation>N&amp;icht stören</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkombinationen</translation>
        </message>
        <message>
            <source>&amp;About SMS Desk</source>
            <translation>Ü&amp;ber SMS Desk</translation>
        </message>
        <message>
            <source>Add colleagues, reset passwords, disable accounts</source>
            <translation>Teammitglieder hinzufügen, Passwörter zurücksetzen, Konten deaktivieren</translation>
        </message>
        <message>
            <source>Only an administrator can open Team.</source>
            <translation>Nur ein Administrator kann „Team“ öffnen.</translation>
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <extracomment>%n is a number of seconds</extracomment>
            <translation>
                <numerusform>Offline – neuer Versuch in %n s</numerusform>
                <numerusform>Offline – neuer Versuch in %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — retrying…</source>
            <translation>Offline – neuer Versuch…</translation>
        </message>
        <message numerus="yes">
            <source>{problem} — retrying in %n s</source>
            <extracomment>{problem} is a short headline ("Can't reach the database"); %n seconds</extracomment>
            <translation>
                <numerusform>{problem} – neuer Versuch in %n s</numerusform>
                <numerusform>{problem} – neuer Versuch in %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem} — retrying…</source>
            <translation>{problem} – neuer Versuch…</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Syncing could not start. Details are in the log.</source>
            <translation>Die Synchronisierung konnte nicht starten. Details stehen im Protokoll.</translation>
        </message>
        <message>
            <source>Syncing failed unexpectedly; SMS Desk will try again. Details are in the log.</source>
            <translation>Die Synchronisierung ist unerwartet fehlgeschlagen; SMS Desk versucht es erneut. Details stehen im Protokoll.</translation>
        </message>
    </context>
</TS>
