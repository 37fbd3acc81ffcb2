<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>The account could not be changed.</source>
            <translation>Het account kan niet worden gewijzigd.</translation>
        </message>
        <message>
            <source>Signing in did not succeed.</source>
            <translation>Inloggen is niet gelukt.</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example 101.</source>
            <translation>Voer je toestelnummer in, bijvoorbeeld 101.</translation>
        </message>
        <message>
            <source>Extension or password is wrong</source>
            <translation>Toestelnummer of wachtwoord is onjuist</translation>
        </message>
        <message>
            <source>The sign-in remembered on this computer has ended. Type your password.</source>
            <translation>De onthouden inlog op deze computer is verlopen. Typ je wachtwoord.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator to enable it.</source>
            <translation>Dit account is uitgeschakeld. Vraag je beheerder om het in te schakelen.</translation>
        </message>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation>
                <numerusform>Kies een wachtwoord van minstens %n teken.</numerusform>
                <numerusform>Kies een wachtwoord van minstens %n tekens.</numerusform>
            </translation>
        </message>
        <message>
            <source>This extension already has an account.</source>
            <translation>Dit toestelnummer heeft al een account.</translation>
        </message>
        <message>
            <source>There is no account with this extension.</source>
            <translation>Er is geen account met dit toestelnummer.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: disabling it would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Dit is de enige ingeschakelde beheerder: als je dit account uitschakelt, kan niemand meer accounts beheren. Maak eerst een andere collega beheerder.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: removing its administrator role would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Dit is de enige ingeschakelde beheerder: als je de beheerdersrol intrekt, kan niemand meer accounts beheren. Maak eerst een andere collega beheerder.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins. Wait a minute, then try again.</source>
            <translation>Er zijn te veel mislukte inlogpogingen. Wacht een minuut en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins for this extension. Wait {seconds} s, then try again.</source>
            <translation>Er zijn te veel mislukte inlogpogingen voor dit toestelnummer. Wacht {seconds} s en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>Only an administrator can change accounts.</source>
            <translation>Alleen een beheerder kan accounts wijzigen.</translation>
        </message>
        <message>
            <source>Sign in with your phone extension (for example {example}), not your email address</source>
            <translation>Log in met je toestelnummer (bijvoorbeeld {example}), niet met je e-mailadres</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example {example}.</source>
            <translation>Voer je toestelnummer in, bijvoorbeeld {example}.</translation>
        </message>
        <message numerus="yes">
            <source>An extension is %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Een toestelnummer heeft %n cijfer, bijvoorbeeld {example}.</numerusform>
                <numerusform>Een toestelnummer heeft %n cijfers, bijvoorbeeld {example}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is {least} to %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Een toestelnummer heeft {least} tot %n cijfer, bijvoorbeeld {example}.</numerusform>
                <numerusform>Een toestelnummer heeft {least} tot %n cijfers, bijvoorbeeld {example}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter a name for the account, for example Anna.</source>
            <translation>Voer een naam in voor het account, bijvoorbeeld Anna.</translation>
        </message>
        <message>
            <source>A name can be at most {most} characters long; this one has {count}.</source>
            <translation>Een naam mag maximaal {most} tekens lang zijn; deze heeft er {count}.</translation>
        </message>
        <message>
            <source>A name cannot contain line breaks or other control characters.</source>
            <translation>Een naam mag geen regeleinden of andere besturingstekens bevatten.</translation>
        </message>
        <message>
            <source>Extension {extension} already has an account.</source>
            <translation>Toestelnummer {extension} heeft al een account.</translation>
        </message>
        <message>
            <source>An account already exists; sign in with it.</source>
            <translation>Er bestaat al een account; log daarmee in.</translation>
        </message>
        <message>
            <source>{user} is not an administrator: only an administrator can change accounts. Give the extension of an administrator.</source>
            <translation>{user} is geen beheerder: alleen een beheerder kan accounts wijzigen. Geef het toestelnummer van een beheerder op.</translation>
        </message>
        <message>
            <source>There is no account with extension {extension}.</source>
            <translation>Er is geen account met toestelnummer {extension}.</translation>
        </message>
    </context>
    <context>
        <name>AnswerShortcut</name>
        <message>
            <source>Reply to the newest message</source>
            <translation>Het nieuwste bericht beantwoorden</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Afbeelding</translation>
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
            <translation>Afbeelding bijvoegen</translation>
        </message>
        <message>
            <source>Send a picture (or drop one on the conversation)</source>
            <translation>Een afbeelding verzenden (of sleep er een naar het gesprek)</translation>
        </message>
        <message>
            <source>Picture to send</source>
            <translation>Afbeelding om te verzenden</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Afbeelding verwijderen</translation>
        </message>
        <message>
            <source>Attach pictures</source>
            <translation>Afbeeldingen bijvoegen</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png *.gif *.webp)</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most %n picture(s): the first %n are attached.</source>
            <translation>
                <numerusform>Een bericht kan maximaal %n afbeelding bevatten: de eerste is bijgevoegd.</numerusform>
                <numerusform>Een bericht kan maximaal %n afbeeldingen bevatten: de eerste %n zijn bijgevoegd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture to send: {names}</source>
            <translation>Afbeelding om te verzenden: {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) to send: {names}</source>
            <translation>
                <numerusform>%n afbeelding om te verzenden: {names}</numerusform>
                <numerusform>%n afbeeldingen om te verzenden: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove pictures</source>
            <translation>Afbeeldingen verwijderen</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Send, receive and manage business SMS</source>
            <extracomment>The autostart entry's comment (what the desktop's session settings list it as).</extracomment>
            <translation>Zakelijke sms-berichten verzenden, ontvangen en beheren</translation>
        </message>
    </context>
    <context>
        <name>Calling</name>
        <message>
            <source>{number} is not a valid phone number, so it cannot be called.</source>
            <translation>{number} is geen geldig telefoonnummer en kan dus niet worden gebeld.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk does not dial it. Use your phone.</source>
            <translation>{number} is een alarmnummer: SMS Desk belt dit niet. Gebruik je telefoon.</translation>
        </message>
        <message>
            <source>{number} is a short code that cannot be called from here: reply by SMS instead.</source>
            <translation>{number} is een verkort nummer dat hiervandaan niet kan worden gebeld: antwoord in plaats daarvan per sms.</translation>
        </message>
        <message>
            <source>“{name}” is a sender name, not a phone number: it cannot be called, and carriers don't deliver replies to it. Contact the sender another way.</source>
            <translation>‘{name}’ is een afzendernaam, geen telefoonnummer: die kan niet worden gebeld en providers leveren er geen antwoorden op af. Neem op een andere manier contact op met de afzender.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number, so it cannot be called.</source>
            <translation>‘{text}’ is geen telefoonnummer en kan dus niet worden gebeld.</translation>
        </message>
        <message>
            <source>The Call setting must contain {number} where the phone number goes, for example callto:{number} or 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>De instelling Bellen met moet {number} bevatten op de plek van het telefoonnummer, bijvoorbeeld callto:{number} of 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>The Call command can't be read ({problem}). Check its quotes.</source>
            <extracomment>{problem} is Python's own (English) reason, e.g. "No closing quotation"</extracomment>
            <translation>De belopdracht kan niet worden gelezen ({problem}). Controleer de aanhalingstekens.</translation>
        </message>
        <message>
            <source>The Call command must start with the program to run, for example 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>De belopdracht moet beginnen met het programma dat moet worden uitgevoerd, bijvoorbeeld 3cxphone --dial {number}.</translation>
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>Demo gateway (built in)</source>
            <translation>Demogateway (ingebouwd)</translation>
        </message>
        <message>
            <source>The demo gateway is not running; it starts with SMS Desk.</source>
            <extracomment>Its state file in the data directory: its messages survive a restart of SMS Desk.</extracomment>
            <translation>De demogateway is niet actief; deze start samen met SMS Desk.</translation>
        </message>
        <message>
            <source>Enter the number in international form, starting with + (e.g. +14155550100).</source>
            <translation>Voer het nummer in internationale notatie in, beginnend met + (bijv. +14155550100).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Check the digits and the country code.</source>
            <translation>Dit is geen geldig telefoonnummer. Controleer de cijfers en de landcode.</translation>
        </message>
        <message>
            <source>Write it in E.164 form: + and digits only, e.g. +14155550100.</source>
            <translation>Schrijf het in E.164-notatie: alleen + en cijfers, bijv. +14155550100.</translation>
        </message>
        <message>
            <source>Enter the {field}.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Vul het veld {field} in.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <extracomment>{field} is the setting's label ("From number"), {problem} what is wrong with it</extracomment>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>SMS Desk relay</source>
            <translation>SMS Desk-relay</translation>
        </message>
        <message>
            <source>https://… (optional, from your administrator)</source>
            <translation>https://… (optioneel, van je beheerder)</translation>
        </message>
        <message>
            <source>With your team's relay, delivery reports arrive at once instead of being asked for every few seconds.</source>
            <translation>Met de relay van je team komen afleverberichten meteen binnen, in plaats van dat ze om de paar seconden worden opgevraagd.</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's details from its console.</source>
            <translation>Open de instellingen van SMS Desk en voer de gegevens van de gateway in uit de console ervan.</translation>
        </message>
        <message>
            <source>The SMS gateway is not running.</source>
            <translation>De sms-gateway is niet actief.</translation>
        </message>
        <message>
            <source>Telnyx</source>
            <translation>Telnyx</translation>
        </message>
        <message>
            <source>The API address for {host} uses plain http, which would send the API key and messages unencrypted. Use an https:// address instead.</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>Het API-adres voor {host} gebruikt gewoon http, waardoor de API-sleutel en de berichten onversleuteld worden verzonden. Gebruik in plaats daarvan een https://-adres.</translation>
        </message>
        <message>
            <source>The API address should be a web address like https://api.telnyx.com, without a user name, password, '?' or '#'.</source>
            <translation>Het API-adres moet een webadres zijn zoals https://api.telnyx.com, zonder gebruikersnaam, wachtwoord, '?' of '#'.</translation>
        </message>
        <message>
            <source>From: enter the number in international form (e.g. +14155550100), or a sender ID of up to 11 letters, digits or spaces.</source>
            <translation>Afzender: voer het nummer in internationale vorm in (bijv. +14155550100), of een afzender-ID van hoogstens 11 letters, cijfers of spaties.</translation>
        </message>
        <message>
            <source>API address</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>API-adres</translation>
        </message>
        <message>
            <source>Telnyx hands over incoming SMS only by webhook: this desk sends through Telnyx, but receives SMS only through an SMS Desk relay.</source>
            <translation>Telnyx levert binnenkomende sms alleen via een webhook: deze desk verzendt via Telnyx, maar ontvangt sms alleen via een SMS Desk-relay.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-sleutel</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>bewaard in je systeemsleutelbos</translation>
        </message>
        <message>
            <source>Enter the Telnyx API key (in the Telnyx portal, under API Keys).</source>
            <translation>Voer de Telnyx-API-sleutel in (in het Telnyx-portaal, onder API Keys).</translation>
        </message>
        <message>
            <source>From number or sender ID</source>
            <translation>Afzendernummer of afzender-ID</translation>
        </message>
        <message>
            <source>+14155550100, or a sender ID such as ACME</source>
            <translation>+14155550100, of een afzender-ID zoals ACME</translation>
        </message>
        <message>
            <source>Messaging profile ID</source>
            <translation>Messagingprofiel-ID</translation>
        </message>
        <message>
            <source>needed with a sender ID or a number pool</source>
            <translation>nodig bij een afzender-ID of nummerpool</translation>
        </message>
        <message>
            <source>Desk number</source>
            <translation>Desknummer</translation>
        </message>
        <message>
            <source>needed without a From number</source>
            <translation>nodig zonder afzendernummer</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the Telnyx API key and the desk's From number (or Messaging profile ID) from the Telnyx portal.</source>
            <translation>Open de instellingen van SMS Desk en voer de Telnyx-API-sleutel en het afzendernummer van de desk (of de messagingprofiel-ID) in uit het Telnyx-portaal.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging profile ID.</source>
            <translation>Voer het afzendernummer van de desk in, of een messagingprofiel-ID.</translation>
        </message>
        <message>
            <source>A sender ID (a name instead of a number) needs the Messaging profile ID it is registered on.</source>
            <translation>Een afzender-ID (een naam in plaats van een nummer) heeft de messagingprofiel-ID nodig waarop die is geregistreerd.</translation>
        </message>
        <message>
            <source>Without a From number, enter the Desk number: the number customers text.</source>
            <translation>Voer zonder afzendernummer het desknummer in: het nummer waarnaar klanten sms'en.</translation>
        </message>
        <message>
            <source>Twilio-compatible (Twilio, SignalWire…)</source>
            <translation>Twilio-compatibel (Twilio, SignalWire…)</translation>
        </message>
        <message>
            <source>Account SID</source>
            <translation>Account SID</translation>
        </message>
        <message>
            <source>AC… (SignalWire: your project ID)</source>
            <translation>AC… (SignalWire: je project-ID)</translation>
        </message>
        <message>
            <source>Enter the Account SID (on the gateway's console).</source>
            <translation>Voer de Account SID in (te vinden in de console van de gateway).</translation>
        </message>
        <message>
            <source>Auth token</source>
            <translation>Auth token</translation>
        </message>
        <message>
            <source>auth token</source>
            <translation>auth token</translation>
        </message>
        <message>
            <source>Enter the auth token.</source>
            <translation>Voer het auth token in.</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>Afzendernummer</translation>
        </message>
        <message>
            <source>Messaging Service SID</source>
            <translation>Messaging Service SID</translation>
        </message>
        <message>
            <source>MG… (optional, instead of a From number)</source>
            <translation>MG… (optioneel, in plaats van een afzendernummer)</translation>
        </message>
        <message>
            <source>the number customers text (with a Messaging Service)</source>
            <translation>het nummer waarnaar klanten sms'en (bij een Messaging Service)</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's Account SID, auth token and sending number from the gateway's console.</source>
            <translation>Open de instellingen van SMS Desk en voer de Account SID, het auth token en het verzendnummer in uit de console van de gateway.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging Service SID.</source>
            <translation>Voer het afzendernummer van de desk in, of een Messaging Service SID.</translation>
        </message>
        <message>
            <source>With a Messaging Service, enter the Desk number: the number customers text, so SMS Desk can find their messages.</source>
            <translation>Voer bij een Messaging Service het desknummer in: het nummer waarnaar klanten sms'en, zodat SMS Desk hun berichten kan vinden.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Picture</source>
            <extracomment>stands for the newest message when it is only pictures (an MMS without text)</extracomment>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a small tag beside a search result's name: the conversation is archived</extracomment>
            <translation>Gearchiveerd</translation>
        </message>
        <message>
            <source>Could not load the chat list. {reason}</source>
            <translation>De chatlijst kan niet worden geladen. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <extracomment>a screen reader's part of a chat list row: how many messages are unread</extracomment>
            <translation>
                <numerusform>%n ongelezen</numerusform>
                <numerusform>%n ongelezen</numerusform>
            </translation>
        </message>
        <message>
            <source>answered by {name}</source>
            <translation>beantwoord door {name}</translation>
        </message>
        <message>
            <source>answered by a colleague</source>
            <translation>beantwoord door een collega</translation>
        </message>
        <message>
            <source>You: {text}</source>
            <extracomment>the newest message of a chat list row, which I sent</extracomment>
            <translation>Jij: {text}</translation>
        </message>
        <message>
            <source>owner: you</source>
            <translation>eigenaar: jij</translation>
        </message>
        <message>
            <source>owner: {name}</source>
            <translation>eigenaar: {name}</translation>
        </message>
        <message>
            <source>owner: a colleague</source>
            <translation>eigenaar: een collega</translation>
        </message>
        <message>
            <source>archived</source>
            <extracomment>a screen reader's part of a chat list row: the conversation is archived</extracomment>
            <translation>gearchiveerd</translation>
        </message>
        <message>
            <source>No messages yet</source>
            <translation>Nog geen berichten</translation>
        </message>
        <message>
            <source>Chat list</source>
            <translation>Chatlijst</translation>
        </message>
    </context>
    <context>
        <name>ChatMenu</name>
        <message>
            <source>Open</source>
            <extracomment>a chat row's context menu entry: opens the conversation</extracomment>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <extracomment>a chat row's context menu entry: opens the Transfer dialog</extracomment>
            <translation>Overdragen…</translation>
        </message>
        <message>
            <source>Copy number</source>
            <extracomment>a chat row's context menu entry: copies the conversation's phone number</extracomment>
            <translation>Nummer kopiëren</translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <extracomment>status message after Copy number in a chat row's menu</extracomment>
            <translation>{number} gekopieerd.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Say something</source>
            <extracomment>placeholder of the box where the message to send is typed</extracomment>
            <translation>Typ een bericht</translation>
        </message>
        <message>
            <source>Templates: insert a saved reply (or type / and its name)</source>
            <translation>Sjablonen: een opgeslagen antwoord invoegen (of typ / en de naam)</translation>
        </message>
        <message>
            <source>Attach picture: send a picture (or drop one on the conversation)</source>
            <translation>Afbeelding bijvoegen: een afbeelding verzenden (of sleep er een naar het gesprek)</translation>
        </message>
        <message>
            <source>Replies to a sender name can't be delivered</source>
            <translation>Antwoorden op een afzendernaam kunnen niet worden afgeleverd</translation>
        </message>
        <message>
            <source>Can't reply</source>
            <translation>Beantwoorden niet mogelijk</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Afgemeld</translation>
        </message>
    </context>
    <context>
        <name>Connecting</name>
        <message>
            <source>SMS Desk is still connecting to its database. A conversation you click in the list opens in a moment; everything else works once it is connected.</source>
            <translation>SMS Desk maakt nog verbinding met zijn database. Een gesprek waarop je in de lijst klikt, opent zo meteen; al het andere werkt zodra de verbinding er is.</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Een contactpersoon moet een naam hebben.</translation>
        </message>
        <message>
            <source>The name “{name}…” is too long: at most {most} characters.</source>
            <translation>De naam ‘{name}…’ is te lang: maximaal {most} tekens.</translation>
        </message>
        <message>
            <source>The company of {name} is too long: at most {most} characters.</source>
            <translation>Het bedrijf van {name} is te lang: maximaal {most} tekens.</translation>
        </message>
        <message>
            <source>{name} needs at least one number.</source>
            <translation>{name} moet minstens één nummer hebben.</translation>
        </message>
        <message>
            <source>This contact no longer exists; it may have been deleted.</source>
            <translation>Deze contactpersoon bestaat niet meer; misschien is die verwijderd.</translation>
        </message>
        <message>
            <source>{number} already belongs to {name}.</source>
            <translation>{number} hoort al bij {name}.</translation>
        </message>
        <message>
            <source>One of these numbers was just given to another contact. Try again.</source>
            <translation>Een van deze nummers is zojuist aan een andere contactpersoon gegeven. Probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <source>Edit</source>
            <translation>Bewerken</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Numbers</source>
            <extracomment>the heading above a contact's phone numbers</extracomment>
            <translation>Nummers</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>button beside a contact's number: opens the conversation with that number</extracomment>
            <translation>Sms sturen</translation>
        </message>
        <message>
            <source>Message {number}</source>
            <extracomment>what a screen reader says of the Message button: its word first, then the number it writes to ("Message (415) 555-0134")</extracomment>
            <translation>Sms sturen naar {number}</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Contact toevoegen</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Nog geen contactpersonen.</translation>
        </message>
        <message>
            <source>Add the people you text, or import them from a vCard or CSV file (phones and address books export one).</source>
            <translation>Voeg de mensen toe aan wie je berichten stuurt, of importeer ze uit een vCard- of CSV-bestand (telefoons en adresboeken kunnen er een exporteren).</translation>
        </message>
        <message>
            <source>No contact matches.</source>
            <translation>Geen contactpersoon komt overeen.</translation>
        </message>
        <message>
            <source>Search looks at names, companies and numbers.</source>
            <translation>Zoeken kijkt naar namen, bedrijven en nummers.</translation>
        </message>
        <message>
            <source>No contact chosen.</source>
            <translation>Geen contactpersoon gekozen.</translation>
        </message>
        <message>
            <source>Choose a contact in the list to see it here.</source>
            <translation>Kies een contactpersoon in de lijst om die hier te zien.</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>Voer een naam in.</translation>
        </message>
        <message>
            <source>“{number}”: {problem}</source>
            <extracomment>a line of the Numbers box that is not a number, and why</extracomment>
            <translation>‘{number}’: {problem}</translation>
        </message>
        <message>
            <source>Enter at least one number.</source>
            <translation>Voer minstens één nummer in.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>One number per line, e.g. +1 415 555 0100</source>
            <translation>Eén nummer per regel, bijv. +1 415 555 0100</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <source>The contact could not be saved. {reason}</source>
            <translation>De contactpersoon kan niet worden opgeslagen. {reason}</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Contact bewerken</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Contactpersonen importeren uit {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate row(s) merged by number</source>
            <translation>
                <numerusform>%n dubbele rij samengevoegd op nummer</numerusform>
                <numerusform>%n dubbele rijen samengevoegd op nummer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported ({merged}).</source>
            <extracomment>{merged} is "3 duplicate rows merged by number"</extracomment>
            <translation>
                <numerusform>%n contactpersoon wordt geïmporteerd ({merged}).</numerusform>
                <numerusform>%n contactpersonen worden geïmporteerd ({merged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported.</source>
            <translation>
                <numerusform>%n contactpersoon wordt geïmporteerd.</numerusform>
                <numerusform>%n contactpersonen worden geïmporteerd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can't be imported: see the reasons below.</source>
            <translation>
                <numerusform>%n rij kan niet worden geïmporteerd: zie de redenen hieronder.</numerusform>
                <numerusform>%n rijen kunnen niet worden geïmporteerd: zie de redenen hieronder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation>Contactpersonen in het bestand</translation>
        </message>
        <message>
            <source>Row</source>
            <extracomment>the column of the row's line number in the file</extracomment>
            <translation>Rij</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Will be imported</source>
            <translation>Wordt geïmporteerd</translation>
        </message>
        <message>
            <source>Will be imported ({problems})</source>
            <translation>Wordt geïmporteerd ({problems})</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Contactpersonen importeren</translation>
        </message>
        <message>
            <source>Contacts ({patterns})</source>
            <translation>Contactpersonen ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} lezen…</translation>
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation>Er is niets geïmporteerd. {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}.</source>
            <translation>Er is niets geïmporteerd: {reason}.</translation>
        </message>
        <message>
            <source>Nothing was imported: it could not be read.</source>
            <translation>Er is niets geïmporteerd: het kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>Nothing was imported: the file could not be read.</source>
            <translation>Er is niets geïmporteerd: het bestand kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>Imported: {added} new, {updated} updated, {unchanged} already there.</source>
            <translation>Geïmporteerd: {added} nieuw, {updated} bijgewerkt, {unchanged} al aanwezig.</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Contactpersonen exporteren</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {file}.</source>
            <translation>
                <numerusform>%n contactpersoon geëxporteerd naar {file}.</numerusform>
                <numerusform>%n contactpersonen geëxporteerd naar {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts could not be exported. {reason}</source>
            <translation>De contactpersonen kunnen niet worden geëxporteerd. {reason}</translation>
        </message>
        <message>
            <source>{company} · {number}</source>
            <extracomment>a contact row's second line: the company, then the first number</extracomment>
            <translation>{company} · {number}</translation>
        </message>
        <message>
            <source>Contact list</source>
            <translation>Lijst met contactpersonen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Contactpersonen zoeken</translation>
        </message>
        <message>
            <source>Search by name, company or number</source>
            <translation>Zoeken op naam, bedrijf of nummer</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contactpersoon</numerusform>
                <numerusform>%n contactpersonen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Contact verwijderen</translation>
        </message>
        <message>
            <source>Delete {name}? Their conversations stay, shown by number.</source>
            <translation>{name} verwijderen? De gesprekken blijven bewaard en worden met het nummer weergegeven.</translation>
        </message>
    </context>
    <context>
        <name>ContactsFile</name>
        <message>
            <source>no name</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>geen naam</translation>
        </message>
        <message>
            <source>“{number}” is not a phone number</source>
            <translation>‘{number}’ is geen telefoonnummer</translation>
        </message>
        <message>
            <source>no phone number</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>geen telefoonnummer</translation>
        </message>
        <message>
            <source>{file} is neither a vCard (.vcf) nor a CSV file of contacts.</source>
            <translation>{file} is geen vCard (.vcf) en ook geen CSV-bestand met contactpersonen.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Het bestand is leeg.</translation>
        </message>
        <message>
            <source>This is not a contacts file: it holds binary data, not text.</source>
            <translation>Dit is geen bestand met contactpersonen: het bevat binaire gegevens, geen tekst.</translation>
        </message>
        <message>
            <source>Line {line}: this is not a vCard (no BEGIN:VCARD).</source>
            <translation>Regel {line}: dit is geen vCard (geen BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>Line {line}: this vCard has no END:VCARD; the file may be cut short.</source>
            <translation>Regel {line}: deze vCard heeft geen END:VCARD; het bestand is misschien afgekapt.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quoted cell is never closed.</source>
            <translation>Regel {line}: dit CSV-bestand is ongeldig: een cel tussen aanhalingstekens wordt nooit afgesloten.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quote inside a quoted cell is not doubled.</source>
            <translation>Regel {line}: dit CSV-bestand is ongeldig: een aanhalingsteken binnen een cel tussen aanhalingstekens is niet verdubbeld.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: {reason}.</source>
            <translation>Regel {line}: dit CSV-bestand is ongeldig: {reason}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name) and no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Dit CSV-bestand heeft geen naamkolom (Name, of First Name en Last Name) en geen telefoonkolom (Phone, Mobile, Number of Telephone). De kolommen zijn: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name). Its columns are: {columns}.</source>
            <translation>Dit CSV-bestand heeft geen naamkolom (Name, of First Name en Last Name). De kolommen zijn: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Dit CSV-bestand heeft geen telefoonkolom (Phone, Mobile, Number of Telephone). De kolommen zijn: {columns}.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>the list of a CSV file's columns when it has none</extracomment>
            <translation>geen</translation>
        </message>
    </context>
    <context>
        <name>ConversationActions</name>
        <message>
            <source>Mark as read</source>
            <extracomment>menu entry: marks the conversation's messages as read</extracomment>
            <translation>Markeren als gelezen</translation>
        </message>
        <message>
            <source>Mark as unread</source>
            <extracomment>menu entry: marks the conversation as unread again</extracomment>
            <translation>Markeren als ongelezen</translation>
        </message>
        <message>
            <source>Call</source>
            <extracomment>button: phones the conversation's number</extracomment>
            <translation>Bellen</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to a colleague</extracomment>
            <translation>Overdragen</translation>
        </message>
        <message>
            <source>Dealt with</source>
            <extracomment>button: marks the conversation as handled</extracomment>
            <translation>Afgehandeld</translation>
        </message>
        <message>
            <source>Archive</source>
            <extracomment>menu entry: moves the conversation to the archive</extracomment>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <extracomment>menu entry: brings an archived conversation back to the list</extracomment>
            <translation>Uit archief halen</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Contact toevoegen</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Contact bewerken</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the open conversation (it stays in the list)</extracomment>
            <translation>Sluiten</translation>
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
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>{day} {time} (UTC{offset})</source>
            <extracomment>a printed message's time: "25 Nov 2026 14:05 (UTC+01:00)"</extracomment>
            <translation>{day} {time} (UTC{offset})</translation>
        </message>
        <message>
            <source>{when} · Received · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Ontvangen · van {sender} aan {recipient} · {status}</translation>
        </message>
        <message>
            <source>{when} · Sent · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Verzonden · van {sender} aan {recipient} · {status}</translation>
        </message>
    </context>
    <context>
        <name>ConversationHeader</name>
        <message>
            <source>SMS</source>
            <extracomment>under a conversation's title: the peer is an ordinary phone number</extracomment>
            <translation>Sms</translation>
        </message>
        <message>
            <source>Short code</source>
            <extracomment>under a conversation's title: the peer is a carrier's short code (a 5-6 digit number)</extracomment>
            <translation>Verkort nummer</translation>
        </message>
        <message>
            <source>Sender name: replies can't be delivered</source>
            <translation>Afzendernaam: antwoorden kunnen niet worden afgeleverd</translation>
        </message>
        <message>
            <source>Owner</source>
            <extracomment>what the label under the title is, for a screen reader: who owns the conversation</extracomment>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>Meer opties</translation>
        </message>
        <message>
            <source>More options: {actions}</source>
            <translation>Meer opties: {actions}</translation>
        </message>
        <message>
            <source>Unowned</source>
            <extracomment>the conversation has no owner yet (a colleague who replies becomes its owner)</extracomment>
            <translation>Zonder eigenaar</translation>
        </message>
        <message>
            <source>Unowned — the first to reply owns it</source>
            <translation>Zonder eigenaar — wie als eerste antwoordt, wordt eigenaar</translation>
        </message>
        <message>
            <source>Owner: you</source>
            <translation>Eigenaar: jij</translation>
        </message>
        <message>
            <source>Owner: {colleague}</source>
            <translation>Eigenaar: {colleague}</translation>
        </message>
        <message>
            <source>Conversation with {title}</source>
            <translation>Gesprek met {title}</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>button: sends the failed messages again</extracomment>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>button: gives up on the failed messages (they show as cancelled, never sent)</extracomment>
            <translation>Verwerpen</translation>
        </message>
        <message>
            <source>The gateway refused it.</source>
            <translation>De gateway heeft het geweigerd.</translation>
        </message>
        <message>
            <source>A message was not sent. {reason}</source>
            <translation>Een bericht is niet verzonden. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) were not sent. Latest: {reason}</source>
            <translation>
                <numerusform>%n bericht is niet verzonden. Laatste: {reason}</numerusform>
                <numerusform>%n berichten zijn niet verzonden. Laatste: {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Afgemeld</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <source>Your pictures were not sent. {reason}</source>
            <translation>Je afbeeldingen zijn niet verzonden. {reason}</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>een collega</translation>
        </message>
        <message>
            <source>{reason} Your message was not sent; its text is back in the box.</source>
            <translation>{reason} Je bericht is niet verzonden; de tekst staat weer in het berichtvak.</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>button: sends the typed message now</extracomment>
            <translation>Verzenden</translation>
        </message>
        <message>
            <source>Send (Enter) — Shift+Enter for a new line</source>
            <translation>Verzenden (Enter) — Shift+Enter voor een nieuwe regel</translation>
        </message>
        <message>
            <source>Send later…</source>
            <translation>Later verzenden…</translation>
        </message>
        <message>
            <source>Send options</source>
            <translation>Verzendopties</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Later verzenden</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Berichtlengte</translation>
        </message>
        <message>
            <source>Composer notice</source>
            <translation>Melding bij het berichtvak</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Send anyway?</source>
            <translation>Sommige variabelen zijn niet ingevuld: {names}. Toch verzenden?</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <extracomment>button: sends the message with its template variables left as they are</extracomment>
            <translation>Toch verzenden</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on Windows and macOS the system's own credential store is used). On a server without a desktop, run SMS Desk in a D-Bus session with an unlocked keyring (for example `dbus-run-session -- sh`, then `gnome-keyring-daemon --unlock`), or type the password at each sign-in.</source>
            <translation>Installeer en ontgrendel een Secret Service zoals GNOME Keyring of KWallet (op Windows en macOS wordt de eigen referentieopslag van het systeem gebruikt). Voer SMS Desk op een server zonder desktop uit in een D-Bus-sessie met een ontgrendelde sleutelbos (bijvoorbeeld `dbus-run-session -- sh`, daarna `gnome-keyring-daemon --unlock`), of typ het wachtwoord bij elke keer inloggen.</translation>
        </message>
        <message>
            <source>No secure keyring was found on this computer.</source>
            <translation>Er is geen beveiligde sleutelbos gevonden op deze computer.</translation>
        </message>
        <message>
            <source>Until then SMS Desk will not remember passwords, and cannot keep the gateway's auth token or a database password.</source>
            <translation>Tot die tijd onthoudt SMS Desk geen wachtwoorden en kan het het auth token van de gateway of een databasewachtwoord niet bewaren.</translation>
        </message>
        <message>
            <source>The keyring is locked. Unlock it (for example by logging in to your desktop again) and try again.</source>
            <translation>De sleutelbos is vergrendeld. Ontgrendel deze (bijvoorbeeld door opnieuw aan te melden bij je desktop) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The keyring could not be opened. Check that GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>De sleutelbos kan niet worden geopend. Controleer of GNOME Keyring of KWallet actief en ontgrendeld is en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The keyring refused to store the secret. Check that it is unlocked (for example in Passwords and Keys or KWalletManager) and try again.</source>
            <translation>De sleutelbos heeft geweigerd het geheim op te slaan. Controleer of deze ontgrendeld is (bijvoorbeeld in Wachtwoorden en sleutels of KWalletManager) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The keyring could not be reached. Check that a Secret Service such as GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>De sleutelbos is niet bereikbaar. Controleer of een Secret Service zoals GNOME Keyring of KWallet actief en ontgrendeld is en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The keyring is turned off: the null backend is configured (for example by PYTHON_KEYRING_BACKEND or keyringrc.cfg). Remove that setting.</source>
            <translation>De sleutelbos is uitgeschakeld: de null-backend is ingesteld (bijvoorbeeld via PYTHON_KEYRING_BACKEND of keyringrc.cfg). Verwijder die instelling.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} keeps secrets in a file on disk, which is not safe enough. Remove the keyrings.alt package or configure another backend.</source>
            <translation>De sleutelbos-backend {backend} bewaart geheimen in een bestand op schijf, en dat is niet veilig genoeg. Verwijder het pakket keyrings.alt of stel een andere backend in.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer ({problem}).</source>
            <extracomment>{problem} is the keyring library's own (English) reason</extracomment>
            <translation>De sleutelbos-backend {backend} is niet bruikbaar op deze computer ({problem}).</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer.</source>
            <translation>De sleutelbos-backend {backend} is niet bruikbaar op deze computer.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open the database {database}: {reason}</source>
            <translation>Kan de database {database} niet openen: {reason}</translation>
        </message>
        <message>
            <source>The database URL in Settings is not valid. Examples: {examples}</source>
            <translation>De database-URL in Instellingen is ongeldig. Voorbeelden: {examples}</translation>
        </message>
        <message>
            <source>SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL.</source>
            <translation>SMS Desk kan zijn gegevens niet in een {backend}-database bewaren; gebruik SQLite of PostgreSQL.</translation>
        </message>
        <message>
            <source>SMS Desk needs a database file; an in-memory SQLite database won't do.</source>
            <translation>SMS Desk heeft een databasebestand nodig; een SQLite-database in het geheugen volstaat niet.</translation>
        </message>
        <message>
            <source>Cannot create the database folder {folder}: {reason}</source>
            <translation>Kan de databasemap {folder} niet maken: {reason}</translation>
        </message>
        <message>
            <source>This database was created by a newer SMS Desk (revision {revision}); update the app.</source>
            <translation>Deze database is gemaakt door een nieuwere versie van SMS Desk (revisie {revision}); werk de app bij.</translation>
        </message>
        <message>
            <source>SMS Desk is still connecting to its database.</source>
            <translation>SMS Desk maakt nog verbinding met de database.</translation>
        </message>
        <message>
            <source>SMS Desk could not open its database.</source>
            <translation>SMS Desk kan de database niet openen.</translation>
        </message>
        <message>
            <source>The database URL is not valid. Examples: {examples}</source>
            <translation>De database-URL is ongeldig. Voorbeelden: {examples}</translation>
        </message>
        <message>
            <source>The team features need a PostgreSQL database URL.</source>
            <translation>Voor de teamfuncties is een PostgreSQL-database-URL nodig.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>The remembered sign-in did not work.</source>
            <translation>Automatisch inloggen is niet gelukt.</translation>
        </message>
        <message>
            <source>SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk doctor`: it checks the database and says what to do.</source>
            <translation>SMS Desk kan de accounts niet uit de database lezen ({reason}). Voer `smsdesk doctor` uit: dit controleert de database en vertelt wat je moet doen.</translation>
        </message>
        <message>
            <source>SMS Desk could not change whether it starts at login: {reason}</source>
            <translation>SMS Desk kan niet wijzigen of het automatisch start als je je aanmeldt bij de computer: {reason}</translation>
        </message>
        <message>
            <source>The new database will be used the next time SMS Desk starts.</source>
            <translation>De nieuwe database wordt gebruikt zodra SMS Desk opnieuw start.</translation>
        </message>
        <message>
            <source>Not saved, so not sent. {reason}</source>
            <translation>Niet opgeslagen en dus niet verzonden. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <source>Open</source>
            <extracomment>a notification's button: shows the conversation in SMS Desk</extracomment>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a notification's button: answer the SMS</extracomment>
            <translation>Beantwoorden</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a notification's button: the SMS was seen, the conversation no longer unread</extracomment>
            <translation>Markeren als gelezen</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>history</source>
            <extracomment>the kind of a line in an exported conversation: a history line ("Dealt with by Anna")</extracomment>
            <translation>geschiedenis</translation>
        </message>
        <message>
            <source>received</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk received</extracomment>
            <translation>ontvangen</translation>
        </message>
        <message>
            <source>sent</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk sent</extracomment>
            <translation>verzonden</translation>
        </message>
        <message>
            <source>this desk</source>
            <comment>the sender or recipient in an export</comment>
            <translation>deze desk</translation>
        </message>
        <message>
            <source>not sent: {reason}</source>
            <translation>niet verzonden: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>[%n picture(s)]</source>
            <translation>
                <numerusform>[%n afbeelding]</numerusform>
                <numerusform>[%n afbeeldingen]</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>a column header of an exported conversation: sent, received or history</extracomment>
            <translation>Soort</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>a column header of an exported conversation: who sent the message</extracomment>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <extracomment>a column header of an exported conversation: who received the message</extracomment>
            <translation>Aan</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Text</source>
            <extracomment>a column header of an exported conversation: the message's text</extracomment>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>{day} {year} {time}</source>
            <comment>the moment of an export</comment>
            <translation>{day} {year} {time}</translation>
        </message>
        <message>
            <source>Conversation with {name} · {number} — exported {when}</source>
            <translation>Gesprek met {name} · {number} — geëxporteerd op {when}</translation>
        </message>
        <message>
            <source>Conversation with {number} — exported {when}</source>
            <translation>Gesprek met {number} — geëxporteerd op {when}</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>a column header of the exported opt-out list: the customer's number</extracomment>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Desk number</source>
            <extracomment>a column header of the exported opt-out list: the office's number they texted</extracomment>
            <translation>Desknummer</translation>
        </message>
        <message>
            <source>Opted out at</source>
            <translation>Afgemeld op</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>a column header of the exported opt-out list: why they are opted out</extracomment>
            <translation>Reden</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed (error {code})</source>
            <translation>provider meldt afgemeld (fout {code})</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed</source>
            <translation>provider meldt afgemeld</translation>
        </message>
        <message>
            <source>replied {keyword}</source>
            <extracomment>why a number is opted out: the customer texted a keyword such as STOP</extracomment>
            <translation>antwoordde {keyword}</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <source>Something went wrong, so this was not done. Try again; if it happens again, send the log file to whoever looks after SMS Desk (Help → About SMS Desk says where it is).</source>
            <translation>Er is iets misgegaan, dus dit is niet uitgevoerd. Probeer het opnieuw; gebeurt het weer, stuur dan het logbestand naar degene die SMS Desk beheert (onder Help → Over SMS Desk staat waar het is).</translation>
        </message>
        <message>
            <source>The computer refused: {reason} ({file}).</source>
            <translation>De computer weigerde: {reason} ({file}).</translation>
        </message>
        <message>
            <source>The computer refused: {reason}.</source>
            <translation>De computer weigerde: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in conversation</source>
            <translation>Zoeken in gesprek</translation>
        </message>
        <message>
            <source>Matches</source>
            <extracomment>screen-reader name of the count of matches ("3 of 12")</extracomment>
            <translation>Resultaten</translation>
        </message>
        <message>
            <source>Previous</source>
            <extracomment>button: goes to the previous match of the text searched for</extracomment>
            <translation>Vorige</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Vorig resultaat (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next</source>
            <extracomment>button: goes to the next match of the text searched for</extracomment>
            <translation>Volgende</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Volgend resultaat (Enter)</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Zoeken sluiten</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Zoeken sluiten (Escape)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Geen resultaten</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <extracomment>the match shown and how many there are: "3 of 12"</extracomment>
            <translation>{current} van {total}</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Today</source>
            <extracomment>a heading over the messages of today in a conversation</extracomment>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <extracomment>a heading over the messages of yesterday in a conversation</extracomment>
            <translation>Gisteren</translation>
        </message>
        <message>
            <source>today at {time}</source>
            <translation>vandaag om {time}</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>gisteren om {time}</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} om {time}</translation>
        </message>
    </context>
    <context>
        <name>Gateway</name>
        <message>
            <source>The SMS gateway address is not a web address. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>Het adres van de sms-gateway is geen webadres. Het moet eruitzien als https://api.twilio.com; controleer het in Instellingen.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain a user name or password. Put the Account SID and auth token in their own fields in Settings.</source>
            <translation>Het adres van de sms-gateway mag geen gebruikersnaam of wachtwoord bevatten. Vul de Account SID en het auth token in hun eigen velden in Instellingen in.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain '?' or '#'. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>Het adres van de sms-gateway mag geen '?' of '#' bevatten. Het moet eruitzien als https://api.twilio.com; controleer het in Instellingen.</translation>
        </message>
        <message>
            <source>The SMS gateway address for {host} uses plain http, which would send the auth token and messages unencrypted. Use an https:// address instead.</source>
            <translation>Het adres van de sms-gateway voor {host} gebruikt gewoon http, waardoor het auth token en de berichten onversleuteld worden verzonden. Gebruik in plaats daarvan een https://-adres.</translation>
        </message>
        <message>
            <source>The relay address is not a web address. It should look like https://sms-relay.example.com; your administrator has it.</source>
            <translation>Het relay-adres is geen webadres. Het moet eruitzien als https://sms-relay.example.com; je beheerder heeft het.</translation>
        </message>
        <message>
            <source>The relay address must not contain a user name, password, '?' or '#': enter only its https:// address.</source>
            <translation>Het relay-adres mag geen gebruikersnaam, wachtwoord, ‘?’ of ‘#’ bevatten: voer alleen het https://-adres in.</translation>
        </message>
        <message>
            <source>The relay address for {host} uses plain http: carriers only post to https:// addresses. Use the relay's https:// address.</source>
            <translation>Het relay-adres voor {host} gebruikt onversleuteld http: providers sturen alleen naar https://-adressen. Gebruik het https://-adres van de relay.</translation>
        </message>
        <message>
            <source>No {field} is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Er is geen {field} opgeslagen voor de sms-gateway. Open Instellingen (Ctrl+,) en vul het in.</translation>
        </message>
    </context>
    <context>
        <name>GatewayErrors</name>
        <message>
            <source>The SMS gateway reported a problem but did not say what it was. Try again; if it keeps happening, tell your administrator.</source>
            <extracomment>Longest piece of the gateway's own text we repeat: it is untrusted and written for developers, so a pop-up must not fill up with it.
----------
"Blocked due to STOP message": the recipient opted out of the desk's number at Telnyx. The recipient's (or the desk's) number is the problem, for good: invalid phone number, must be +E.164, not routable (a landline), invalid destination, invalid source, invalid 'from' address, invalid 'to' address. The text itself is the problem: invalid message body. Nothing went out, and later it may: too many requests (the API's), rate limit exceeded upstream ("a temporary condition"), expired in Telnyx's queue before it was sent, the message queue is full. The engine sends such a message again later, by itself.</extracomment>
            <translation>De sms-gateway heeft een probleem gemeld, maar niet gezegd wat het was. Probeer het opnieuw; blijft het gebeuren, laat het dan je beheerder weten.</translation>
        </message>
        <message>
            <source>Too many messages went to this number in a short time, so the gateway held this one back. Press Retry in a minute.</source>
            <translation>Er zijn in korte tijd te veel berichten naar dit nummer gegaan, dus de gateway heeft dit bericht tegengehouden. Klik over een minuut op Opnieuw proberen.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <translation>De sms-gateway heeft de Account SID of het auth token geweigerd. Controleer ze in Instellingen.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. It may have been deleted there.</source>
            <translation>De sms-gateway kent dat bericht niet. Misschien is het daar verwijderd.</translation>
        </message>
        <message>
            <source>The SMS gateway is receiving too many requests right now. SMS Desk will try again in a moment.</source>
            <translation>De sms-gateway ontvangt op dit moment te veel verzoeken. SMS Desk probeert het zo opnieuw.</translation>
        </message>
        <message>
            <source>The recipient's number is not a valid phone number. Check the number and try again.</source>
            <translation>Het nummer van de ontvanger is geen geldig telefoonnummer. Controleer het nummer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The recipient's number is a short code, and short codes can't be sent SMS from here.</source>
            <translation>Het nummer van de ontvanger is een verkort nummer, en naar verkorte nummers kan hiervandaan geen sms worden verzonden.</translation>
        </message>
        <message>
            <source>You can't send an SMS to the desk's own number. Check the recipient's number.</source>
            <translation>Je kunt geen sms naar het eigen nummer van de desk sturen. Controleer het nummer van de ontvanger.</translation>
        </message>
        <message>
            <source>The SMS account is not allowed to send to this country. Ask your administrator to enable the country in the gateway's messaging permissions.</source>
            <translation>Het sms-account mag niet naar dit land verzenden. Vraag je beheerder om het land in te schakelen in de berichtmachtigingen van de gateway.</translation>
        </message>
        <message>
            <source>The message is empty. Type some text before sending.</source>
            <translation>Het bericht is leeg. Typ eerst tekst voordat je verzendt.</translation>
        </message>
        <message>
            <source>The desk has no sending number set up. Ask your administrator to set it in Settings.</source>
            <translation>Er is voor de desk geen verzendnummer ingesteld. Vraag je beheerder om het in te stellen in Instellingen.</translation>
        </message>
        <message>
            <source>The message has no recipient. Enter the recipient's number and try again.</source>
            <translation>Het bericht heeft geen ontvanger. Voer het nummer van de ontvanger in en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The desk's sending number can't send SMS on this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Het verzendnummer van de desk kan met dit gatewayaccount geen sms verzenden. Vraag je beheerder om het nummer in Instellingen te controleren.</translation>
        </message>
        <message>
            <source>The recipient replied STOP to opt out of messages from this number. They must text START before you can message them again.</source>
            <translation>De ontvanger heeft STOP geantwoord om zich af te melden voor berichten van dit nummer. De ontvanger moet eerst START sturen voordat je weer berichten kunt sturen.</translation>
        </message>
        <message>
            <source>The gateway can't send SMS to this number from the desk's number (it may be a landline or a kind of number it does not reach). Check the number or call instead.</source>
            <translation>De gateway kan vanaf het nummer van de desk geen sms naar dit nummer verzenden (misschien is het een vast nummer of een soort nummer dat de gateway niet bereikt). Controleer het nummer of bel in plaats daarvan.</translation>
        </message>
        <message>
            <source>The recipient's number is not a mobile number, so it can't receive SMS. Check the number or call them instead.</source>
            <translation>Het nummer van de ontvanger is geen mobiel nummer en kan dus geen sms ontvangen. Controleer het nummer of bel in plaats daarvan.</translation>
        </message>
        <message>
            <source>The desk's number has too many messages waiting at the SMS gateway right now. SMS Desk will send this one when the queue has room.</source>
            <translation>Voor het nummer van de desk staan op dit moment te veel berichten te wachten bij de sms-gateway. SMS Desk verzendt dit bericht zodra er ruimte is in de wachtrij.</translation>
        </message>
        <message>
            <source>The message is longer than 1,600 characters, the gateway's limit. Shorten it or split it into several messages.</source>
            <translation>Het bericht is langer dan 1.600 tekens, de limiet van de gateway. Maak het korter of verdeel het over meerdere berichten.</translation>
        </message>
        <message>
            <source>The desk's sending number does not belong to this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Het verzendnummer van de desk hoort niet bij dit gatewayaccount. Vraag je beheerder om het nummer in Instellingen te controleren.</translation>
        </message>
        <message>
            <source>The gateway had too many messages waiting and dropped this one. Send it again in a few minutes.</source>
            <translation>Bij de gateway stonden te veel berichten te wachten en dit bericht is verworpen. Verzend het over een paar minuten opnieuw.</translation>
        </message>
        <message>
            <source>The SMS gateway account is suspended, so nothing can be sent. Ask your administrator to contact the gateway provider.</source>
            <translation>Het account bij de sms-gateway is opgeschort, dus er kan niets worden verzonden. Vraag je beheerder om contact op te nemen met de aanbieder van de gateway.</translation>
        </message>
        <message>
            <source>The recipient's phone could not be reached; it may be switched off or out of coverage. Try again later.</source>
            <translation>De telefoon van de ontvanger is niet bereikbaar; misschien staat die uit of is er geen bereik. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>The message was blocked by the recipient's phone or carrier; they may have blocked this number. Contact them another way.</source>
            <translation>Het bericht is geblokkeerd door de telefoon of provider van de ontvanger; misschien heeft die dit nummer geblokkeerd. Neem op een andere manier contact op.</translation>
        </message>
        <message>
            <source>The recipient's number does not exist or is no longer in service. Check the number.</source>
            <translation>Het nummer van de ontvanger bestaat niet of is niet meer in gebruik. Controleer het nummer.</translation>
        </message>
        <message>
            <source>The recipient's number is a landline or its carrier can't receive SMS. Call them instead.</source>
            <translation>Het nummer van de ontvanger is een vast nummer of de provider kan geen sms ontvangen. Bel in plaats daarvan.</translation>
        </message>
        <message>
            <source>The recipient's carrier filtered this message as possible spam. Rephrase it (fewer links and capitals) or contact them another way.</source>
            <translation>De provider van de ontvanger heeft dit bericht gefilterd als mogelijke spam. Formuleer het anders (minder links en hoofdletters) of neem op een andere manier contact op.</translation>
        </message>
        <message>
            <source>The recipient's carrier could not deliver the message and gave no reason. Try sending it again later.</source>
            <translation>De provider van de ontvanger kan het bericht niet afleveren en heeft geen reden opgegeven. Probeer het later opnieuw te verzenden.</translation>
        </message>
        <message>
            <source>US carriers limit how fast the desk's number may send, and this message went over the limit. Press Retry in a few minutes.</source>
            <translation>Amerikaanse providers beperken hoe snel het nummer van de desk mag verzenden, en dit bericht ging over die limiet. Klik over een paar minuten op Opnieuw proberen.</translation>
        </message>
        <message>
            <source>US carriers blocked the message because the sending number is not registered for business texting (A2P 10DLC). Ask your administrator to complete the registration.</source>
            <translation>Amerikaanse providers hebben het bericht geblokkeerd omdat het verzendnummer niet is geregistreerd voor zakelijke sms (A2P 10DLC). Vraag je beheerder om de registratie af te ronden.</translation>
        </message>
        <message>
            <source>The message was cancelled at the SMS gateway before it was sent. Press Retry if it should still go.</source>
            <translation>Het bericht is bij de sms-gateway geannuleerd voordat het werd verzonden. Klik op Opnieuw proberen als het toch moet worden verzonden.</translation>
        </message>
        <message>
            <source>{gateway_text} (error {code})</source>
            <extracomment>{gateway_text} is the gateway's own (English) explanation, shown as it came
----------
Longest piece of Telnyx's own text repeated: it is untrusted and written for developers. {gateway_text} is the gateway's own (English) explanation, shown as it came</extracomment>
            <translation>{gateway_text} (fout {code})</translation>
        </message>
        <message>
            <source>The SMS gateway reported a problem it did not explain (error {code}). Try again; if it keeps happening, tell your administrator.</source>
            <translation>De sms-gateway heeft een probleem gemeld zonder uitleg (fout {code}). Probeer het opnieuw; blijft het gebeuren, laat het dan je beheerder weten.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message as too large (HTTP 413), so it was not sent. Shorten the text or send fewer or smaller pictures, then press Retry.</source>
            <translation>De sms-gateway heeft dit bericht geweigerd omdat het te groot is (HTTP 413), dus het is niet verzonden. Maak de tekst korter of verzend minder of kleinere afbeeldingen en klik dan op Opnieuw proberen.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message (HTTP {status}) without saying why, so it was not sent. Check the number and text and press Retry; if it happens again, ask your administrator to check the gateway address and proxy in Settings.</source>
            <translation>De sms-gateway heeft dit bericht geweigerd (HTTP {status}) zonder reden op te geven, dus het is niet verzonden. Controleer het nummer en de tekst en klik op Opnieuw proberen; gebeurt het weer, vraag je beheerder dan om het gatewayadres en de proxy in Instellingen te controleren.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>De sms-gateway op {host} weigert de verzoeken van SMS Desk (HTTP {status}) zonder reden op te geven; misschien blokkeert een proxy of firewall ertussen ze. Vraag je beheerder om het gatewayadres in Instellingen te controleren; berichten wachten tot het werkt.</translation>
        </message>
        <message>
            <source>The SMS gateway refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>De sms-gateway weigert de verzoeken van SMS Desk (HTTP {status}) zonder reden op te geven; misschien blokkeert een proxy of firewall ertussen ze. Vraag je beheerder om het gatewayadres in Instellingen te controleren; berichten wachten tot het werkt.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>MIT licence</source>
            <translation>MIT-licentie</translation>
        </message>
        <message>
            <source>About SMS Desk</source>
            <translation>Over SMS Desk</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Versie {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Send, receive and manage business SMS from your phone extension. Free software under the {licence}.</source>
            <translation>Zakelijke sms-berichten verzenden, ontvangen en beheren vanaf je toestelnummer. Vrije software onder de {licence}.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Logboeken</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Diagnose kopiëren</translation>
        </message>
        <message>
            <source>Copies the `smsdesk doctor` report (it holds no secrets)</source>
            <translation>Kopieert het rapport van `smsdesk doctor` (het bevat geen geheimen)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
        <message>
            <source>The diagnostics are on the clipboard: paste them into your message.</source>
            <translation>De diagnose staat op het klembord: plak deze in je bericht.</translation>
        </message>
        <message>
            <source>The diagnostics could not be gathered. {reason}</source>
            <translation>De diagnose kan niet worden verzameld. {reason}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
    </context>
    <context>
        <name>Ingest</name>
        <message>
            <source>Back in Chats: new message from {sender}</source>
            <translation>Terug in Chats: nieuw bericht van {sender}</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>SMS Desk cannot start: its data folder (messages and database) should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <extracomment>Exit status of a start that could not go on. How long quitting waits for the threads, all together: a logout's session manager kills an app that takes much longer, and Quit should feel immediate (the process ends within 2 s).</extracomment>
            <translation>SMS Desk kan niet starten: de gegevensmap (berichten en database) hoort in {folder} te staan, maar {where} is een bestand, geen map. Verplaats dat bestand of wijzig de naam ervan en start SMS Desk daarna opnieuw.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its settings folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk kan niet starten: de instellingenmap hoort in {folder} te staan, maar {where} is een bestand, geen map. Verplaats dat bestand of wijzig de naam ervan en start SMS Desk daarna opnieuw.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its log folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk kan niet starten: de logmap hoort in {folder} te staan, maar {where} is een bestand, geen map. Verplaats dat bestand of wijzig de naam ervan en start SMS Desk daarna opnieuw.</translation>
        </message>
        <message>
            <source>the disk there is read-only</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>de schijf daar is alleen-lezen</translation>
        </message>
        <message>
            <source>you are not allowed to write there</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>je mag daar niet schrijven</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its data folder (messages and database) {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk kan niet starten: de gegevensmap (berichten en database) {folder} kan niet worden gemaakt ({reason}). Maak die map schrijfbaar voor je gebruiker, of start SMS Desk met --home en een map waarin je kunt schrijven (bijvoorbeeld: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its settings folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk kan niet starten: de instellingenmap {folder} kan niet worden gemaakt ({reason}). Maak die map schrijfbaar voor je gebruiker, of start SMS Desk met --home en een map waarin je kunt schrijven (bijvoorbeeld: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its log folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk kan niet starten: de logmap {folder} kan niet worden gemaakt ({reason}). Maak die map schrijfbaar voor je gebruiker, of start SMS Desk met --home en een map waarin je kunt schrijven (bijvoorbeeld: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot write its log in {folder} ({reason}). Make that folder and the files in it writable for your user, or start SMS Desk with --home and a folder you can write to.</source>
            <translation>SMS Desk kan niet starten: het logboek in {folder} kan niet worden geschreven ({reason}). Maak die map en de bestanden erin schrijfbaar voor je gebruiker, of start SMS Desk met --home en een map waarin je kunt schrijven.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk kan niet starten door een onverwacht probleem ({problem}). Start het opnieuw; gebeurt dit elke keer, stuur dan het logboek naar je IT-contactpersoon.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). The details are in {log}. Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk kan niet starten door een onverwacht probleem ({problem}). De details staan in {log}. Start het opnieuw; gebeurt dit elke keer, stuur dan dat logboek naar je IT-contactpersoon.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in with your phone extension (for example 101), not your email address</source>
            <translation>Log in met je toestelnummer (bijvoorbeeld 101), niet met je e-mailadres</translation>
        </message>
        <message>
            <source>Create the first account</source>
            <translation>Het eerste account maken</translation>
        </message>
        <message>
            <source>Sign in to SMS Desk</source>
            <translation>Inloggen bij SMS Desk</translation>
        </message>
        <message>
            <source>Welcome to SMS Desk</source>
            <translation>Welkom bij SMS Desk</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Inloggen</translation>
        </message>
        <message>
            <source>Nobody has an account on this SMS Desk yet. Create yours: you will be its administrator and can add your colleagues later.</source>
            <translation>Niemand heeft nog een account op deze SMS Desk. Maak je eigen account: jij wordt de beheerder en kunt je collega's later toevoegen.</translation>
        </message>
        <message>
            <source>Use your phone extension and your password.</source>
            <translation>Gebruik je toestelnummer en je wachtwoord.</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Toestelnummer</translation>
        </message>
        <message>
            <source>for example 101</source>
            <translation>bijvoorbeeld 101</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Je naam</translation>
        </message>
        <message>
            <source>as colleagues will see it, e.g. Anna Smith</source>
            <translation>zoals collega's hem zien, bijv. Anna de Vries</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Wachtwoord herhalen</translation>
        </message>
        <message>
            <source>Remember me</source>
            <translation>Ingelogd blijven</translation>
        </message>
        <message>
            <source>Waiting to sign in</source>
            <translation>Wachten om in te loggen</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Probleem bij inloggen</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Account maken</translation>
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation>&amp;Toestelnummer</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Je &amp;naam</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>Wachtwoord &amp;herhalen</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Voer je wachtwoord in.</translation>
        </message>
        <message>
            <source>Enter your name, as your colleagues will see it.</source>
            <translation>Voer je naam in zoals je collega's hem zien.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>De twee wachtwoorden komen niet overeen. Typ ze opnieuw.</translation>
        </message>
        <message>
            <source>No secure keyring is available to keep your password.</source>
            <translation>Er is geen beveiligde sleutelbos beschikbaar om je wachtwoord te bewaren.</translation>
        </message>
        <message>
            <source>Your password can't be remembered on this computer. {advice} You can still sign in: you will be asked for your password next time.</source>
            <translation>Je wachtwoord kan op deze computer niet worden onthouden. {advice} Je kunt wel inloggen: de volgende keer wordt opnieuw om je wachtwoord gevraagd.</translation>
        </message>
        <message>
            <source>After wrong sign-ins SMS Desk answers more slowly: wait {seconds} s.</source>
            <translation>Na mislukte inlogpogingen reageert SMS Desk trager: wacht {seconds} s.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Inloggen…</translation>
        </message>
        <message>
            <source>Signed in, but your password could not be remembered: {reason}</source>
            <translation>Je bent ingelogd, maar je wachtwoord kan niet worden onthouden: {reason}</translation>
        </message>
        <message>
            <source>Creating your account…</source>
            <translation>Je account wordt gemaakt…</translation>
        </message>
        <message>
            <source>Signing in failed unexpectedly. Details are in the log file.</source>
            <translation>Inloggen is onverwacht mislukt. Details staan in het logbestand.</translation>
        </message>
        <message>
            <source>{reason} The saved password no longer works: type your password.</source>
            <translation>{reason} Het opgeslagen wachtwoord werkt niet meer: typ je wachtwoord.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No conversation selected</source>
            <translation>Geen gesprek geselecteerd</translation>
        </message>
        <message>
            <source>Choose a conversation in the chat list to read and reply.</source>
            <translation>Kies een gesprek in de chatlijst om het te lezen en te beantwoorden.</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>&amp;Gesprek</translation>
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
            <translation>Nieuwe sms</translation>
        </message>
        <message>
            <source>New SMS ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+N", "Strg+N")</extracomment>
            <translation>Nieuwe sms ({keys})</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Gesprekken zoeken</translation>
        </message>
        <message>
            <source>Search names, numbers and messages</source>
            <translation>Zoeken in namen, nummers en berichten</translation>
        </message>
        <message>
            <source>Search ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+F", "Strg+F")</extracomment>
            <translation>Zoeken ({keys})</translation>
        </message>
        <message>
            <source>Conversation lists</source>
            <translation>Gesprekslijsten</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a tab: the conversations that were archived or dealt with</extracomment>
            <translation>Gearchiveerd</translation>
        </message>
        <message>
            <source>No conversation matches “{text}”.</source>
            <translation>Geen gesprek komt overeen met ‘{text}’.</translation>
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
            <translation>Afbeelding niet weergegeven: SMS Desk geeft geen {type}-afbeeldingen weer.</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image (no type given).</source>
            <translation>Afbeelding niet weergegeven: het is geen afbeelding (geen type opgegeven).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image ({type}).</source>
            <translation>Afbeelding niet weergegeven: het is geen afbeelding ({type}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is too large ({size}, limit {limit}).</source>
            <translation>Afbeelding niet weergegeven: ze is te groot ({size}, limiet {limit}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image, and it has no type.</source>
            <translation>Afbeelding niet weergegeven: het is geen echte afbeelding (geen type opgegeven).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image (labelled {type}).</source>
            <translation>Afbeelding niet weergegeven: het is geen echte afbeelding (aangeduid als {type}).</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>Cancelled · {time}</source>
            <extracomment>under a scheduled message that was cancelled: "Cancelled · 14:05"</extracomment>
            <translation>Geannuleerd · {time}</translation>
        </message>
        <message>
            <source>Picture not shown.</source>
            <translation>Afbeelding niet weergegeven.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <extracomment>under a failed message; {reason} is why ("The number is not valid.")</extracomment>
            <translation>Niet verzonden: {reason}</translation>
        </message>
        <message>
            <source>Not sent: the gateway refused it.</source>
            <translation>Niet verzonden: de gateway heeft het geweigerd.</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>link under a failed message: sends it again</extracomment>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>{event} · {time}</source>
            <extracomment>a history line in a conversation and its time: "Anna took over · 10:00"</extracomment>
            <translation>{event} · {time}</translation>
        </message>
        <message>
            <source>Picture could not be shown.</source>
            <translation>De afbeelding kan niet worden weergegeven.</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Afbeelding laden…</translation>
        </message>
    </context>
    <context>
        <name>MessageStatus</name>
        <message>
            <source>waiting to send</source>
            <translation>in de wachtrij</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wordt verzonden</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>verzonden</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>afgeleverd</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>niet verzonden</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ontvangen</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>gepland</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Messages</source>
            <translation>Berichten</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Tekst kopiëren</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>context-menu entry: sends a failed message again</extracomment>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>context-menu entry: gives up on a failed message (it shows as cancelled)</extracomment>
            <translation>Verwerpen</translation>
        </message>
        <message>
            <source>Edit scheduled message…</source>
            <translation>Gepland bericht bewerken…</translation>
        </message>
        <message>
            <source>Cancel scheduled message</source>
            <translation>Gepland bericht annuleren</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Could not load the messages. {reason}</source>
            <translation>De berichten kunnen niet worden geladen. {reason}</translation>
        </message>
        <message>
            <source>scheduled for today {time}</source>
            <extracomment>inside a sentence read aloud: "You, today at 16:02, scheduled for today 18:00: text"</extracomment>
            <translation>gepland voor vandaag om {time}</translation>
        </message>
        <message>
            <source>Scheduled for today {time}</source>
            <extracomment>under a scheduled message: when it will be sent</extracomment>
            <translation>Gepland voor vandaag om {time}</translation>
        </message>
        <message>
            <source>scheduled for {day} {time}</source>
            <extracomment>inside a sentence a screen reader speaks: {day} is "Thu" or "5 December"</extracomment>
            <translation>gepland voor {day} om {time}</translation>
        </message>
        <message>
            <source>Scheduled for {day} {time}</source>
            <extracomment>under a scheduled message: {day} is a weekday ("Thu") or a date ("5 December")</extracomment>
            <translation>Gepland voor {day} om {time}</translation>
        </message>
        <message>
            <source>Sent from the desk</source>
            <translation>Verzonden vanaf de desk</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Een collega</translation>
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
            <translation>Afzender</translation>
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
            <translation>Jij</translation>
        </message>
    </context>
    <context>
        <name>NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation>Nieuw gesprek</translation>
        </message>
        <message>
            <source>Type a contact's name or a mobile number.</source>
            <translation>Typ de naam van een contactpersoon of een mobiel nummer.</translation>
        </message>
        <message>
            <source>Name or number</source>
            <translation>Naam of nummer</translation>
        </message>
        <message>
            <source>Name or number, e.g. +1 415 555 0100</source>
            <translation>Naam of nummer, bijv. +1 415 555 0100</translation>
        </message>
        <message>
            <source>Number check</source>
            <translation>Nummercontrole</translation>
        </message>
        <message>
            <source>Start Chat</source>
            <translation>Chat starten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Use {number}</source>
            <extracomment>a button: use the corrected number shown</extracomment>
            <translation>{number} gebruiken</translation>
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation>Kies een contactpersoon uit de lijst.</translation>
        </message>
        <message>
            <source>No contact has this name. Type their number instead.</source>
            <translation>Er is geen contactpersoon met deze naam. Typ in plaats daarvan het nummer.</translation>
        </message>
        <message>
            <source>{country} number</source>
            <extracomment>{country} is a country's name: "Germany number" (a valid number's country)</extracomment>
            <translation>Nummer uit {country}</translation>
        </message>
        <message>
            <source>The conversation could not be opened. {reason}</source>
            <translation>Het gesprek kan niet worden geopend. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <source>New messages in %n more conversation(s).</source>
            <translation>
                <numerusform>Nieuwe berichten in nog %n gesprek.</numerusform>
                <numerusform>Nieuwe berichten in nog %n gesprekken.</numerusform>
            </translation>
        </message>
        <message>
            <source>New messages</source>
            <translation>Nieuwe berichten</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n new message(s))</source>
            <extracomment>a notification's title: who wrote, and how many messages are new</extracomment>
            <translation>
                <numerusform>{name} (%n nieuw bericht)</numerusform>
                <numerusform>{name} (%n nieuwe berichten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>{name} transferred a conversation to you</source>
            <translation>{name} heeft een gesprek aan je overgedragen</translation>
        </message>
        <message>
            <source>A colleague transferred a conversation to you</source>
            <translation>Een collega heeft een gesprek aan je overgedragen</translation>
        </message>
        <message>
            <source>A customer. Note: “{note}”</source>
            <translation>Een klant. Notitie: ‘{note}’</translation>
        </message>
        <message>
            <source>A customer.</source>
            <translation>Een klant.</translation>
        </message>
        <message>
            <source>{name}. Note: “{note}”</source>
            <extracomment>a notice's text: the conversation's name (a customer) and the colleague's note</extracomment>
            <translation>{name}. Notitie: ‘{note}’</translation>
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
            <translation>De provider meldt dat dit nummer zich op {day} heeft afgemeld (fout {code}) — berichten aan dit nummer worden geblokkeerd</translation>
        </message>
        <message>
            <source>The carrier reports this number has unsubscribed on {day} — messages to it are blocked</source>
            <translation>De provider meldt dat dit nummer zich op {day} heeft afgemeld — berichten aan dit nummer worden geblokkeerd</translation>
        </message>
        <message>
            <source>This number replied {keyword} on {day} — messages to it are blocked</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Dit nummer heeft op {day} {keyword} geantwoord — berichten aan dit nummer worden geblokkeerd</translation>
        </message>
        <message>
            <source>Blocked — the carrier reports this number unsubscribed</source>
            <translation>Geblokkeerd — de provider meldt dat dit nummer is afgemeld</translation>
        </message>
        <message>
            <source>Blocked — this number replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Geblokkeerd — dit nummer antwoordde {keyword}</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed (error {code})</source>
            <translation>Afgemeld: de provider meldt dat dit nummer is afgemeld (fout {code})</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed</source>
            <translation>Afgemeld: de provider meldt dat dit nummer is afgemeld</translation>
        </message>
        <message>
            <source>Opted out: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Afgemeld: antwoordde {keyword}</translation>
        </message>
        <message>
            <source>Opted back in: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (START, UNSTOP, YES), not translated</extracomment>
            <translation>Weer aangemeld: antwoordde {keyword}</translation>
        </message>
        <message>
            <source>This number has opted out of messages from this desk, so it was not sent. They must text START before you can message them again.</source>
            <extracomment>The reason a message to an opted-out number is refused (stored as its failure reason): marked here, translated where it is used (``refused()``).</extracomment>
            <translation>Dit nummer heeft zich afgemeld voor berichten van deze desk, dus het bericht is niet verzonden. De ontvanger moet eerst START sturen voordat je weer berichten kunt sturen.</translation>
        </message>
    </context>
    <context>
        <name>Outbound</name>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Dit gesprek bestaat niet meer</translation>
        </message>
        <message>
            <source>Only a failed message can be sent again</source>
            <translation>Alleen een mislukt bericht kan opnieuw worden verzonden</translation>
        </message>
        <message>
            <source>Only a failed message can be discarded</source>
            <translation>Alleen een mislukt bericht kan worden verworpen</translation>
        </message>
        <message>
            <source>Scheduled message cancelled: they replied first</source>
            <translation>Gepland bericht geannuleerd: er kwam eerst een antwoord</translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled message(s) cancelled: they replied first</source>
            <translation>
                <numerusform>%n gepland bericht geannuleerd: er kwam eerst een antwoord</numerusform>
                <numerusform>%n geplande berichten geannuleerd: er kwam eerst een antwoord</numerusform>
            </translation>
        </message>
        <message>
            <source>This scheduled message was cancelled already.</source>
            <translation>Dit geplande bericht is al geannuleerd.</translation>
        </message>
        <message>
            <source>Too late: it has been sent.</source>
            <translation>Te laat: het is al verzonden.</translation>
        </message>
        <message>
            <source>Too late: it was sent and failed.</source>
            <translation>Te laat: het is verzonden en mislukt.</translation>
        </message>
        <message>
            <source>Too late: it is being sent.</source>
            <translation>Te laat: het wordt nu verzonden.</translation>
        </message>
        <message>
            <source>This message is not scheduled.</source>
            <translation>Dit bericht is niet gepland.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The gateway's message id {sid} already belongs to another message</source>
            <extracomment>The outbox state of a message whose answer was lost where the gateway has no list to look it up in (Telnyx), once the wait for the carrier's event is over: the message shows FAILED with a sentence saying SMS Desk cannot tell whether it went; the user Retries it (``Outbound.retry``: a new attempt) or Discards it (``Outbound.discard``). The row is kept, never due, so that a late event of the carrier can still match it (``adopt_lost``). The error code of such a message (carriers' codes are positive): the UI says "cannot tell whether it went", not "not sent".</extracomment>
            <translation>De bericht-id {sid} van de gateway hoort al bij een ander bericht</translation>
        </message>
    </context>
    <context>
        <name>Ownership</name>
        <message>
            <source>Transferred from {owner} to {colleague} — {note}</source>
            <translation>Overgedragen van {owner} aan {colleague} — {note}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by} — {note}</source>
            <translation>Door {by} overgedragen van {owner} aan {colleague} — {note}</translation>
        </message>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Dit gesprek bestaat niet meer</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more. Try again.</source>
            <translation>Dit gesprek heeft geen eigenaar meer. Probeer het opnieuw.</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Een collega</translation>
        </message>
        <message>
            <source>{colleague} took over from {owner}</source>
            <translation>{colleague} heeft het overgenomen van {owner}</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more.</source>
            <translation>Dit gesprek heeft geen eigenaar meer.</translation>
        </message>
        <message>
            <source>{owner} took this conversation meanwhile.</source>
            <translation>{owner} heeft dit gesprek intussen overgenomen.</translation>
        </message>
        <message>
            <source>A transfer note can be at most {most} characters long; this one has {count}.</source>
            <translation>Een overdrachtsnotitie mag maximaal {most} tekens lang zijn; deze heeft er {count}.</translation>
        </message>
        <message>
            <source>Choose a colleague to transfer it to, not yourself.</source>
            <translation>Kies een collega om het aan over te dragen, niet jezelf.</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague}</source>
            <translation>Overgedragen van {owner} aan {colleague}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by}</source>
            <translation>Door {by} overgedragen van {owner} aan {colleague}</translation>
        </message>
        <message>
            <source>That colleague's account no longer exists.</source>
            <translation>Het account van die collega bestaat niet meer.</translation>
        </message>
        <message>
            <source>That colleague's account is disabled.</source>
            <translation>Het account van die collega is uitgeschakeld.</translation>
        </message>
        <message>
            <source>{owner} already owns it.</source>
            <translation>{owner} is al de eigenaar.</translation>
        </message>
        <message>
            <source>Someone changed who owns it just now. Try again.</source>
            <translation>Iemand heeft zojuist de eigenaar gewijzigd. Probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Marked dealt with by {colleague}</source>
            <translation>Als afgehandeld gemarkeerd door {colleague}</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can archive it.</source>
            <translation>{owner} beantwoordt dit gesprek; alleen die persoon of een beheerder kan het archiveren.</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can mark it dealt with.</source>
            <translation>{owner} beantwoordt dit gesprek; alleen die persoon of een beheerder kan het als afgehandeld markeren.</translation>
        </message>
        <message>
            <source>Archived by {colleague}</source>
            <translation>Gearchiveerd door {colleague}</translation>
        </message>
        <message>
            <source>Moved back to Chats by {colleague}</source>
            <translation>Teruggezet naar Chats door {colleague}</translation>
        </message>
        <message>
            <source>A former colleague</source>
            <translation>Een voormalige collega</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change conversations. Ask an administrator.</source>
            <translation>Je account is uitgeschakeld, dus je kunt geen gesprekken wijzigen. Vraag het een beheerder.</translation>
        </message>
        <message>
            <source>{colleague} undid Dealt with</source>
            <translation>Afgehandeld ongedaan gemaakt door {colleague}</translation>
        </message>
        <message>
            <source>{colleague} undid Archive</source>
            <translation>Archiveren ongedaan gemaakt door {colleague}</translation>
        </message>
        <message>
            <source>It can no longer be undone: a new message arrived in the conversation.</source>
            <translation>Dit kan niet meer ongedaan worden gemaakt: er is een nieuw bericht in het gesprek binnengekomen.</translation>
        </message>
        <message>
            <source>It can no longer be undone: {owner} is answering the conversation now.</source>
            <translation>Dit kan niet meer ongedaan worden gemaakt: {owner} beantwoordt het gesprek nu.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation is back in Chats.</source>
            <translation>Dit kan niet meer ongedaan worden gemaakt: het gesprek staat weer in Chats.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the account of the colleague who owned the conversation is disabled.</source>
            <translation>Dit kan niet meer ongedaan worden gemaakt: het account van de collega van wie het gesprek was, is uitgeschakeld.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation was changed meanwhile.</source>
            <translation>Dit kan niet meer ongedaan worden gemaakt: het gesprek is intussen gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>PaneAndList</name>
        <message>
            <source>This conversation was moved to Archived.</source>
            <extracomment>a status message: a conversation open here was archived elsewhere (not by you here)</extracomment>
            <translation>Dit gesprek is naar Gearchiveerd verplaatst.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by a colleague.</source>
            <extracomment>a status message: a colleague archived (or marked dealt with) the open conversation</extracomment>
            <translation>Dit gesprek is door een collega naar Gearchiveerd verplaatst.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by {colleague}.</source>
            <extracomment>a status message: {colleague} is who archived it, "Anna Smith (101)"</extracomment>
            <translation>Dit gesprek is door {colleague} naar Gearchiveerd verplaatst.</translation>
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <source>{peer} is a sender name, not a phone number: carriers don't deliver replies to it, so SMS Desk can't send it a message.</source>
            <translation>{peer} is een afzendernaam, geen telefoonnummer: providers leveren er geen antwoorden op af, dus SMS Desk kan er geen bericht naartoe sturen.</translation>
        </message>
        <message>
            <source>This is not a phone number. Type digits, for example {example}.</source>
            <translation>Dit is geen telefoonnummer. Typ cijfers, bijvoorbeeld {example}.</translation>
        </message>
        <message>
            <source>This looks like a landline: SMS may not arrive. You can still send.</source>
            <translation>Dit lijkt een vast nummer: de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>This is a toll-free number: SMS may not arrive. You can still send.</source>
            <translation>Dit is een gratis nummer: de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>This is a premium-rate number: SMS may not arrive. You can still send.</source>
            <translation>Dit is een betaalnummer: de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>This is a shared-cost number: SMS may not arrive. You can still send.</source>
            <translation>Dit is een nummer met gedeelde kosten: de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>This is an internet (VoIP) number: SMS may not arrive. You can still send.</source>
            <translation>Dit is een internetnummer (VoIP): de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>This is a company switchboard (UAN) number: SMS may not arrive. You can still send.</source>
            <translation>Dit is het nummer van een bedrijfscentrale (UAN): de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>This is a voicemail access number: SMS may not arrive. You can still send.</source>
            <translation>Dit is een voicemailnummer: de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>This is a pager number: SMS may not arrive. You can still send.</source>
            <translation>Dit is een piepernummer: de sms komt misschien niet aan. Je kunt wel verzenden.</translation>
        </message>
        <message>
            <source>Mobile number</source>
            <translation>Mobiel nummer</translation>
        </message>
        <message>
            <source>Mobile or landline number</source>
            <translation>Mobiel of vast nummer</translation>
        </message>
        <message>
            <source>Landline number</source>
            <translation>Vast nummer</translation>
        </message>
        <message>
            <source>Toll-free number</source>
            <translation>Gratis nummer</translation>
        </message>
        <message>
            <source>Premium-rate number</source>
            <translation>Betaalnummer</translation>
        </message>
        <message>
            <source>Shared-cost number</source>
            <translation>Nummer met gedeelde kosten</translation>
        </message>
        <message>
            <source>Internet (VoIP) number</source>
            <translation>Internetnummer (VoIP)</translation>
        </message>
        <message>
            <source>Personal number</source>
            <translation>Persoonlijk nummer</translation>
        </message>
        <message>
            <source>Pager number</source>
            <translation>Piepernummer</translation>
        </message>
        <message>
            <source>Company switchboard number</source>
            <translation>Nummer van bedrijfscentrale</translation>
        </message>
        <message>
            <source>Voicemail access number</source>
            <translation>Voicemailnummer</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefoonnummer</translation>
        </message>
        <message>
            <source>Mobile number ({country})</source>
            <translation>Mobiel nummer ({country})</translation>
        </message>
        <message>
            <source>Mobile or landline number ({country})</source>
            <translation>Mobiel of vast nummer ({country})</translation>
        </message>
        <message>
            <source>Landline number ({country})</source>
            <translation>Vast nummer ({country})</translation>
        </message>
        <message>
            <source>Toll-free number ({country})</source>
            <translation>Gratis nummer ({country})</translation>
        </message>
        <message>
            <source>Premium-rate number ({country})</source>
            <translation>Betaalnummer ({country})</translation>
        </message>
        <message>
            <source>Shared-cost number ({country})</source>
            <translation>Nummer met gedeelde kosten ({country})</translation>
        </message>
        <message>
            <source>Internet (VoIP) number ({country})</source>
            <translation>Internetnummer (VoIP) ({country})</translation>
        </message>
        <message>
            <source>Personal number ({country})</source>
            <translation>Persoonlijk nummer ({country})</translation>
        </message>
        <message>
            <source>Pager number ({country})</source>
            <translation>Piepernummer ({country})</translation>
        </message>
        <message>
            <source>Company switchboard number ({country})</source>
            <translation>Nummer van bedrijfscentrale ({country})</translation>
        </message>
        <message>
            <source>Voicemail access number ({country})</source>
            <translation>Voicemailnummer ({country})</translation>
        </message>
        <message>
            <source>Phone number ({country})</source>
            <translation>Telefoonnummer ({country})</translation>
        </message>
        <message>
            <source>Add the country code: start with +, for example {example}.</source>
            <translation>Voeg de landcode toe: begin met +, bijvoorbeeld {example}.</translation>
        </message>
        <message>
            <source>{code} is not a country code. Check the digits after the {prefix}.</source>
            <translation>{code} is geen landcode. Controleer de cijfers na {prefix}.</translation>
        </message>
        <message>
            <source>This number is too short for {country} numbers — check for missing digits.</source>
            <translation>Dit nummer is te kort voor een nummer uit {country} — controleer op ontbrekende cijfers.</translation>
        </message>
        <message>
            <source>This number is too short — check for missing digits.</source>
            <translation>Dit nummer is te kort — controleer op ontbrekende cijfers.</translation>
        </message>
        <message>
            <source>This number is too long for {country} numbers — check for extra digits.</source>
            <translation>Dit nummer is te lang voor een nummer uit {country} — controleer op extra cijfers.</translation>
        </message>
        <message>
            <source>This number is too long — check for extra digits.</source>
            <translation>Dit nummer is te lang — controleer op extra cijfers.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits for {country} numbers — check for missing or extra digits.</source>
            <translation>Dit nummer heeft het verkeerde aantal cijfers voor een nummer uit {country} — controleer op ontbrekende of extra cijfers.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits — check for missing or extra digits.</source>
            <translation>Dit nummer heeft het verkeerde aantal cijfers — controleer op ontbrekende of extra cijfers.</translation>
        </message>
        <message>
            <source>This looks like a local number without its area code: add the area code.</source>
            <translation>Dit lijkt een lokaal nummer zonder netnummer: voeg het netnummer toe.</translation>
        </message>
        <message>
            <source>No {country} numbers start like this. Check the digits.</source>
            <translation>Geen enkel nummer uit {country} begint zo. Controleer de cijfers.</translation>
        </message>
        <message>
            <source>No numbers start like this. Check the digits.</source>
            <translation>Geen enkel nummer begint zo. Controleer de cijfers.</translation>
        </message>
        <message>
            <source>Did you mean {number}? ({country})</source>
            <translation>Bedoelde je {number}? ({country})</translation>
        </message>
        <message>
            <source>Did you mean {number}?</source>
            <translation>Bedoelde je {number}?</translation>
        </message>
        <message>
            <source>SMS cannot reach extension {extension}. Remove it to text {number}.</source>
            <translation>Een sms kan toestel {extension} niet bereiken. Verwijder het toestelnummer om {number} een sms te sturen.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk cannot text emergency services. Call {number} instead.</source>
            <translation>{number} is een alarmnummer: SMS Desk kan geen sms sturen naar hulpdiensten. Bel in plaats daarvan {number}.</translation>
        </message>
        <message>
            <source>Short code ({country})</source>
            <translation>Verkort nummer ({country})</translation>
        </message>
        <message>
            <source>This is a short code: it works only within {country}, and only if your gateway can send to short codes.</source>
            <translation>Dit is een verkort nummer: het werkt alleen binnen {country} en alleen als je gateway naar verkorte nummers kan verzenden.</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>Verkort nummer</translation>
        </message>
        <message>
            <source>This is a short code: it works only within its country, and only if your gateway can send to short codes.</source>
            <translation>Dit is een verkort nummer: het werkt alleen binnen het eigen land en alleen als je gateway naar verkorte nummers kan verzenden.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Sending pictures needs a public address for them: set it in Settings → Gateway (Public media URL base, and the folder published there).</source>
            <translation>Voor het verzenden van afbeeldingen is een openbaar adres nodig: stel dit in via Instellingen → Gateway (Openbare basis-URL voor media en de map die daar wordt gepubliceerd).</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most {most} pictures; these are %n. Send them in two messages.</source>
            <translation>
                <numerusform>Een bericht kan maximaal {most} afbeeldingen bevatten; dit is er %n. Verzend ze in twee berichten.</numerusform>
                <numerusform>Een bericht kan maximaal {most} afbeeldingen bevatten; dit zijn er %n. Verzend ze in twee berichten.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} kan niet worden gelezen: {reason}.</translation>
        </message>
        <message>
            <source>A picture could not be read: {reason}.</source>
            <translation>Een afbeelding kan niet worden gelezen: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</source>
            <translation>
                <numerusform>Deze %n afbeelding is te groot om te verzenden ({size}, limiet {limit}). Verzend ze in twee berichten.</numerusform>
                <numerusform>Deze %n afbeeldingen zijn samen te groot om te verzenden ({size}, limiet {limit}). Verzend ze in twee berichten.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is too large to send ({size}, limit {limit}).</source>
            <translation>{name} is te groot om te verzenden ({size}, limiet {limit}).</translation>
        </message>
        <message>
            <source>{name} can't be sent: only JPEG, PNG, GIF and WebP pictures can.</source>
            <translation>{name} kan niet worden verzonden: alleen JPEG-, PNG-, GIF- en WebP-afbeeldingen kunnen worden verzonden.</translation>
        </message>
        <message>
            <source>The picture could not be put in the folder for sent pictures ({folder}): {reason}.</source>
            <translation>De afbeelding kan niet in de map voor verzonden afbeeldingen ({folder}) worden gezet: {reason}.</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>window title of a picture shown full size</extracomment>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Afbeelding laden…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Opslaan als…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the picture's window</extracomment>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>This picture could not be shown: it is damaged or gone.</source>
            <translation>Deze afbeelding kan niet worden weergegeven: ze is beschadigd of verdwenen.</translation>
        </message>
        <message>
            <source>Save picture</source>
            <translation>Afbeelding opslaan</translation>
        </message>
    </context>
    <context>
        <name>PopupStack</name>
        <message numerus="yes">
            <source>+%n more</source>
            <extracomment>under the pop-ups: how many more are waiting, hidden</extracomment>
            <translation>
                <numerusform>+%n meer</numerusform>
                <numerusform>+%n meer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Popups</name>
        <message>
            <source>Close</source>
            <extracomment>a button: closes this pop-up (the conversation stays as it is)</extracomment>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Sluiten (Esc)</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>what the pop-up's text is: the SMS received</extracomment>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a button: opens a box in the pop-up to answer the SMS</extracomment>
            <translation>Beantwoorden</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a button: the SMS was seen; the conversation no longer counts as unread</extracomment>
            <translation>Markeren als gelezen</translation>
        </message>
        <message>
            <source>Open</source>
            <extracomment>a button: shows the conversation in the main window</extracomment>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>a button: sends the reply typed in the pop-up</extracomment>
            <translation>Verzenden</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Berichtlengte</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>Verzendstatus</translation>
        </message>
        <message>
            <source>Opted out</source>
            <extracomment>what the line under the message says: why no reply can be sent</extracomment>
            <translation>Afgemeld</translation>
        </message>
        <message>
            <source>New SMS from {name}</source>
            <translation>Nieuwe sms van {name}</translation>
        </message>
        <message>
            <source>Say something</source>
            <translation>Typ een bericht</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Afbeelding</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n nieuw bericht</numerusform>
                <numerusform>%n nieuwe berichten</numerusform>
            </translation>
        </message>
        <message>
            <source>New SMS from {name}: {text}</source>
            <translation>Nieuwe sms van {name}: {text}</translation>
        </message>
        <message>
            <source>Enter sends · Shift+Enter: new line</source>
            <translation>Enter verzendt · Shift+Enter: nieuwe regel</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Press Enter again to send anyway.</source>
            <translation>Sommige variabelen zijn niet ingevuld: {names}. Druk nogmaals op Enter om toch te verzenden.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Verzenden…</translation>
        </message>
        <message>
            <source>Sent</source>
            <extracomment>the reply's status: the carrier took it</extracomment>
            <translation>Verzonden</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Niet verzonden: {reason}</translation>
        </message>
        <message>
            <source>Not sent: refused.</source>
            <translation>Niet verzonden: geweigerd.</translation>
        </message>
    </context>
    <context>
        <name>QuestionBar</name>
        <message>
            <source>{colleague} is answering this conversation. Take over from {first_name} and send? {first_name} sees that you took over.</source>
            <translation>{colleague} beantwoordt dit gesprek. Wil je het overnemen van {first_name} en verzenden? {first_name} ziet dat je het hebt overgenomen.</translation>
        </message>
        <message>
            <source>Take over and send</source>
            <extracomment>button: takes the conversation over from the colleague, then sends the message</extracomment>
            <translation>Overnemen en verzenden</translation>
        </message>
        <message>
            <source>Send now</source>
            <extracomment>button: sends the message now, although it is night for them</extracomment>
            <translation>Nu verzenden</translation>
        </message>
        <message>
            <source>{colleague} is answering this conversation, and it is {now} for {who} ({zone}). Take over from {first_name} and send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>{colleague} beantwoordt dit gesprek, en het is {now} bij {who} ({zone}). Wil je het overnemen van {first_name} en toch nu verzenden?</translation>
        </message>
        <message>
            <source>Take over and send now</source>
            <extracomment>button: takes the conversation over and sends now, although it is night for them</extracomment>
            <translation>Overnemen en nu verzenden</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}.</source>
            <extracomment>said before the question about quiet hours or taking over: two whole sentences</extracomment>
            <translation>Sommige variabelen zijn niet ingevuld: {names}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>button: sends nothing and keeps the message in the box</extracomment>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>QuietHours</name>
        <message>
            <source>It is {now} for them ({zone} time), outside the hours you text customers ({start} to {end}). Send now anyway, or send at {start} their time?</source>
            <extracomment>{zone} is a time zone's city ("Los Angeles"); times are 24-hour ("08:00")</extracomment>
            <translation>Het is bij hen {now} (tijd in {zone}), buiten de uren waarin je klanten sms'jes stuurt ({start} tot {end}). Nu toch verzenden, of om {start} hun tijd?</translation>
        </message>
        <message>
            <source>It is {now} for {who} ({zone}). Send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>Het is {now} bij {who} ({zone}). Nu toch verzenden?</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>A number is empty.</source>
            <extracomment>Which value of a record a sentence is about (a key: each has its own whole sentences).</extracomment>
            <translation>Een nummer is leeg.</translation>
        </message>
        <message>
            <source>The sender is empty.</source>
            <translation>De afzender is leeg.</translation>
        </message>
        <message>
            <source>The number it was sent to is empty.</source>
            <translation>Het nummer waarnaar het is verzonden is leeg.</translation>
        </message>
        <message>
            <source>A number is longer than {most} characters.</source>
            <translation>Een nummer is langer dan {most} tekens.</translation>
        </message>
        <message>
            <source>The sender is longer than {most} characters.</source>
            <translation>De afzender is langer dan {most} tekens.</translation>
        </message>
        <message>
            <source>The number it was sent to is longer than {most} characters.</source>
            <translation>Het nummer waarnaar het is verzonden is langer dan {most} tekens.</translation>
        </message>
        <message>
            <source>A number holds a NUL character, which the database can't keep.</source>
            <translation>Een nummer bevat een NUL-teken, dat de database niet kan opslaan.</translation>
        </message>
        <message>
            <source>The sender holds a NUL character, which the database can't keep.</source>
            <translation>De afzender bevat een NUL-teken, dat de database niet kan opslaan.</translation>
        </message>
        <message>
            <source>The number it was sent to holds a NUL character, which the database can't keep.</source>
            <translation>Het nummer waarnaar het is verzonden bevat een NUL-teken, dat de database niet kan opslaan.</translation>
        </message>
        <message>
            <source>Its text holds a NUL character, which the database can't keep.</source>
            <translation>De tekst bevat een NUL-teken, dat de database niet kan opslaan.</translation>
        </message>
        <message>
            <source>Its message id holds a NUL character, which the database can't keep.</source>
            <translation>De bericht-id bevat een NUL-teken, dat de database niet kan opslaan.</translation>
        </message>
        <message>
            <source>A number holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Een nummer bevat een beschadigd teken (de helft van een emoji: een losse surrogaat).</translation>
        </message>
        <message>
            <source>The sender holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>De afzender bevat een beschadigd teken (de helft van een emoji: een losse surrogaat).</translation>
        </message>
        <message>
            <source>The number it was sent to holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Het nummer waarnaar het is verzonden bevat een beschadigd teken (de helft van een emoji: een losse surrogaat).</translation>
        </message>
        <message>
            <source>Its text holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>De tekst bevat een beschadigd teken (de helft van een emoji: een losse surrogaat).</translation>
        </message>
        <message>
            <source>Its message id holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>De bericht-id bevat een beschadigd teken (de helft van een emoji: een losse surrogaat).</translation>
        </message>
        <message>
            <source>The gateway gave it no message id.</source>
            <translation>De gateway heeft het geen bericht-id gegeven.</translation>
        </message>
        <message>
            <source>Its message id is longer than {most} characters.</source>
            <translation>De bericht-id is langer dan {most} tekens.</translation>
        </message>
    </context>
    <context>
        <name>Scheduling</name>
        <message>
            <source>Edit scheduled message</source>
            <translation>Gepland bericht bewerken</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Later verzenden</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy  HH:mm</source>
            <extracomment>a Qt date-time format (ddd, d, MMM, yyyy, HH, mm; "h:mm AP" for a 12-hour clock)</extracomment>
            <translation>ddd d MMM yyyy  HH:mm</translation>
        </message>
        <message>
            <source>Send at</source>
            <extracomment>label of the date and time a scheduled message goes</extracomment>
            <translation>Verzenden op</translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>Over %n uur</numerusform>
                <numerusform>Over %n uur</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation>Morgen om {time}</translation>
        </message>
        <message>
            <source>Cancel if they reply first</source>
            <translation>Annuleren als er eerst een antwoord komt</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Berichtlengte</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Plannen</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>screen-reader name of the quoted text of the message being scheduled</extracomment>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>“{message}”</source>
            <extracomment>the message being scheduled, in the language's quotation marks</extracomment>
            <translation>‘{message}’</translation>
        </message>
        <message>
            <source>Your time ({zone}).</source>
            <extracomment>under the date and time: they are in the computer's time zone ("CET")</extracomment>
            <translation>Jouw tijd ({zone}).</translation>
        </message>
        <message>
            <source>Choose a time at least a minute from now.</source>
            <translation>Kies een tijd die minstens een minuut later is dan nu.</translation>
        </message>
        <message>
            <source>Type the message to send.</source>
            <translation>Typ het bericht dat je wilt verzenden.</translation>
        </message>
        <message>
            <source>The message is too long to send.</source>
            <translation>Het bericht is te lang om te verzenden.</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <extracomment>the user's own time of a scheduled send, e.g. "tomorrow 16:00"</extracomment>
            <translation>morgen om {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>the user's own time of a scheduled send; {day} is a weekday ("Thu")</extracomment>
            <translation>{day} om {time}</translation>
        </message>
        <message>
            <source>Take over and send at {their_time} their time — {your_time} yours</source>
            <translation>Overnemen en verzenden om {their_time} (hun tijd) — {your_time} bij jou</translation>
        </message>
        <message>
            <source>Send at {their_time} their time — {your_time} yours</source>
            <extracomment>button: schedules the message for the morning where the recipient is</extracomment>
            <translation>Verzenden om {their_time} (hun tijd) — {your_time} bij jou</translation>
        </message>
        <message>
            <source>Take over and send at {time}</source>
            <translation>Overnemen en verzenden om {time}</translation>
        </message>
        <message>
            <source>Send at {time}</source>
            <translation>Verzenden om {time}</translation>
        </message>
        <message>
            <source>Scheduled for {their_time} their time — {your_time} yours</source>
            <extracomment>under a scheduled message: when it goes, on the recipient's clock and on the user's</extracomment>
            <translation>Gepland voor {their_time} (hun tijd) — {your_time} bij jou</translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <source>{characters} / {limit} characters — too long to send. Shorten it or split it in two.</source>
            <translation>{characters} / {limit} tekens — te lang om te verzenden. Maak het korter of splits het in tweeën.</translation>
        </message>
        <message>
            <source>{used} / {fits}</source>
            <extracomment>a counter: characters used / characters that fit in one SMS ("42 / 160")</extracomment>
            <translation>{used} / {fits}</translation>
        </message>
        <message>
            <source>1 SMS</source>
            <extracomment>the message goes as one SMS</extracomment>
            <translation>1 sms</translation>
        </message>
        <message numerus="yes">
            <source>{characters} characters · %n SMS</source>
            <extracomment>"170 characters · 2 SMS": the text is 170 characters long and goes as 2 SMS</extracomment>
            <translation>
                <numerusform>{characters} tekens · %n sms</numerusform>
                <numerusform>{characters} tekens · %n sms'jes</numerusform>
            </translation>
        </message>
        <message>
            <source>Unicode because of {characters}</source>
            <extracomment>{characters} lists the characters that need Unicode (UCS-2) encoding</extracomment>
            <translation>Unicode vanwege {characters}</translation>
        </message>
        <message>
            <source>tab</source>
            <extracomment>the tab character, named in the counter line (control characters have no name)</extracomment>
            <translation>tab</translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message numerus="yes">
            <source>%n message(s) set aside</source>
            <translation>
                <numerusform>%n bericht opzijgezet</numerusform>
                <numerusform>%n berichten opzijgezet</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>a day and a time of day: "Tuesday 14:05", "5 Dec 14:05"</extracomment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>No message id</source>
            <translation>Geen bericht-id</translation>
        </message>
        <message>
            <source>{sid} · {when} (waiting to be tried again)</source>
            <extracomment>a message set aside: its id and when it came, asked to be fetched again</extracomment>
            <translation>{sid} · {when} (wacht op nieuwe poging)</translation>
        </message>
        <message>
            <source>{sid} · {when}</source>
            <extracomment>a message set aside: its id and when it came</extracomment>
            <translation>{sid} · {when}</translation>
        </message>
        <message>
            <source>Messages from the gateway that could not be stored. Show them.</source>
            <translation>Berichten van de gateway die niet konden worden opgeslagen. Bekijk ze.</translation>
        </message>
        <message>
            <source>Messages set aside</source>
            <translation>Opzijgezette berichten</translation>
        </message>
        <message>
            <source>These messages came from the SMS gateway but could not be stored; every other message arrived as usual. Try again fetches them from the gateway again; Dismiss takes them off this list.</source>
            <translation>Deze berichten kwamen van de sms-gateway, maar konden niet worden opgeslagen; alle andere berichten zijn gewoon binnengekomen. Met Opnieuw proberen haal je ze opnieuw op bij de gateway; met Negeren haal je ze van deze lijst.</translation>
        </message>
        <message>
            <source>What the gateway sent:</source>
            <translation>Wat de gateway heeft verzonden:</translation>
        </message>
        <message>
            <source>What the gateway sent</source>
            <translation>Wat de gateway heeft verzonden</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Negeren</translation>
        </message>
        <message>
            <source>Fetch the selected messages again and store them</source>
            <translation>De geselecteerde berichten opnieuw ophalen en opslaan</translation>
        </message>
        <message>
            <source>Take the selected messages off this list</source>
            <translation>De geselecteerde berichten van deze lijst halen</translation>
        </message>
        <message>
            <source>Nothing is set aside.</source>
            <translation>Er is niets opzijgezet.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{key} must be "" (the desktop's) or one of {codes}</source>
            <extracomment>{codes}: the language codes SMS Desk ships ("de", "fr" …)</extracomment>
            <translation>{key} moet "" (die van de desktop) of een van {codes} zijn</translation>
        </message>
        <message>
            <source>{key} must be {choice}</source>
            <translation>{key} moet {choice} zijn</translation>
        </message>
        <message>
            <source>{key} must be {choices} or {last}</source>
            <extracomment>{choices}: the carriers' keys separated by commas, {last}: the last key</extracomment>
            <translation>{key} moet {choices} of {last} zijn</translation>
        </message>
        <message>
            <source>{key} must be an object of texts</source>
            <translation>{key} moet een object met teksten zijn</translation>
        </message>
        <message>
            <source>{key} must be a number from 1 to 300</source>
            <translation>{key} moet een getal van 1 tot en met 300 zijn</translation>
        </message>
        <message>
            <source>{key} must be a two-letter country code such as {example}</source>
            <translation>{key} moet een landcode van twee letters zijn zoals {example}</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 2 to 120</source>
            <translation>{key} moet een geheel getal van 2 tot en met 120 zijn</translation>
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation>{key} moet true of false zijn</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 1 to 15</source>
            <translation>{key} moet een geheel getal van 1 tot en met 15 zijn</translation>
        </message>
        <message>
            <source>{key} must be a time such as {example}</source>
            <translation>{key} moet een tijd zijn zoals {example}</translation>
        </message>
        <message>
            <source>{key} must be text</source>
            <translation>{key} moet tekst zijn</translation>
        </message>
        <message numerus="yes">
            <source>it is larger than %Ln bytes</source>
            <translation>
                <numerusform>het is groter dan %Ln byte</numerusform>
                <numerusform>het is groter dan %Ln bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>the file does not hold a JSON object</source>
            <translation>het bestand bevat geen JSON-object</translation>
        </message>
        <message>
            <source>it is nested too deeply to be settings</source>
            <translation>het is te diep genest om instellingen te kunnen zijn</translation>
        </message>
        <message>
            <source>In {path}: {problem}; the default is used instead.</source>
            <translation>In {path}: {problem}; in plaats daarvan wordt de standaardwaarde gebruikt.</translation>
        </message>
        <message>
            <source>In {path}: {least} is larger than {most}; the defaults (2 to 8) are used instead.</source>
            <translation>In {path}: {least} is groter dan {most}; in plaats daarvan worden de standaardwaarden (2 tot 8) gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). It was set aside as {moved}, and SMS Desk started with default settings: open Settings (Ctrl+,) to set them again.</source>
            <translation>Het instellingenbestand {path} kan niet worden gelezen ({reason}). Het is opzijgezet als {moved} en SMS Desk is gestart met de standaardinstellingen: open Instellingen (Ctrl+,) om ze opnieuw in te stellen.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk started with default settings; delete or fix the file to stop seeing this.</source>
            <translation>Het instellingenbestand {path} kan niet worden gelezen ({reason}). SMS Desk is gestart met de standaardinstellingen; verwijder of herstel het bestand om deze melding niet meer te zien.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk starts with default settings until it is fixed or removed.</source>
            <translation>Het instellingenbestand {path} kan niet worden gelezen ({reason}). SMS Desk start met de standaardinstellingen totdat het bestand is hersteld of verwijderd.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>no secure keyring: can't be saved</source>
            <translation>geen beveiligde sleutelbos: kan niet worden opgeslagen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>All settings</source>
            <translation>Alle instellingen</translation>
        </message>
        <message>
            <source>Secrets can't be saved on this computer: {advice}</source>
            <translation>Geheimen kunnen op deze computer niet worden opgeslagen: {advice}</translation>
        </message>
        <message>
            <source>Quiet hours: the sending window must start before it ends.</source>
            <translation>Stille uren: het verzendvenster moet beginnen voordat het eindigt.</translation>
        </message>
        <message>
            <source>To send pictures, fill in both the Public media URL base and the folder published at that address (or leave both empty).</source>
            <translation>Vul om afbeeldingen te verzenden zowel de openbare basis-URL voor media als de map in die op dat adres wordt gepubliceerd (of laat beide leeg).</translation>
        </message>
        <message>
            <source>The Public media URL base must start with https:// so the gateway can fetch the pictures.</source>
            <translation>De openbare basis-URL voor media moet beginnen met https://, zodat de gateway de afbeeldingen kan ophalen.</translation>
        </message>
        <message>
            <source>This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</source>
            <translation>Dit is geen database-URL. Voorbeelden: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</translation>
        </message>
        <message>
            <source>Don't put the password in the URL: type it in Database password, so it is kept in the keyring.</source>
            <translation>Zet het wachtwoord niet in de URL: typ het bij Databasewachtwoord, zodat het in de sleutelbos wordt bewaard.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Testen…</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Vul het veld {field} in: voor dit account is niets opgeslagen.</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}” ({status}).</source>
            <translation>Verbonden: de gateway heeft ‘{name}’ geaccepteerd ({status}).</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}”.</source>
            <translation>Verbonden: de gateway heeft ‘{name}’ geaccepteerd.</translation>
        </message>
        <message>
            <source>The test failed unexpectedly. Details are in the log file.</source>
            <translation>De test is onverwacht mislukt. Details staan in het logbestand.</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account yet.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Vul het veld {field} in: voor dit account is nog niets opgeslagen.</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>Er is niets opgeslagen. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings file {file} can't be written ({reason}).</source>
            <translation>Er is niets opgeslagen: het instellingenbestand {file} kan niet worden geschreven ({reason}).</translation>
        </message>
        <message>
            <source>Saving failed unexpectedly. Details are in the log file.</source>
            <translation>Opslaan is onverwacht mislukt. Details staan in het logbestand.</translation>
        </message>
        <message>
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <source>Public media URL base</source>
            <translation>Openbare basis-URL voor media</translation>
        </message>
        <message>
            <source>https://example.com/sms-pictures/</source>
            <extracomment>an example address of the web folder pictures are published in (keep it an address)</extracomment>
            <translation>https://example.com/sms-pictures/</translation>
        </message>
        <message>
            <source>Folder published at that address</source>
            <translation>Map die op dat adres wordt gepubliceerd</translation>
        </message>
        <message>
            <source>a folder your web server publishes there</source>
            <translation>een map die je webserver daar publiceert</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Resultaat van verbindingstest</translation>
        </message>
        <message>
            <source>SMS gateway</source>
            <translation>Sms-gateway</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Same as the computer ({language})</source>
            <extracomment>the first choice of the Language list: {language} is the computer's, e.g. "Deutsch"</extracomment>
            <translation>Taal van de computer ({language})</translation>
        </message>
        <message>
            <source>Default country</source>
            <translation>Standaardland</translation>
        </message>
        <message>
            <source>Check for new messages every</source>
            <translation>Controleren op nieuwe berichten elke</translation>
        </message>
        <message>
            <source> s</source>
            <extracomment>after a number of seconds: "30 s"</extracomment>
            <translation> s</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Actief blijven in het systeemvak als het venster wordt gesloten</translation>
        </message>
        <message>
            <source>Start SMS Desk when I log in (in the tray)</source>
            <translation>SMS Desk starten als ik me aanmeld bij de computer (in het systeemvak)</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>A new language is used the next time SMS Desk starts.</source>
            <translation>Een nieuwe taal wordt gebruikt zodra SMS Desk opnieuw start.</translation>
        </message>
        <message>
            <source>Numbers typed without +country code are read as this country's.</source>
            <translation>Nummers zonder +landcode worden gelezen als nummers uit dit land.</translation>
        </message>
        <message>
            <source>While you use SMS Desk or wait for a reply, it checks every second; when the desk is idle, it slows down to this.</source>
            <translation>Terwijl je SMS Desk gebruikt of op een antwoord wacht, controleert het elke seconde; als de desk niet wordt gebruikt, gaat het langzamer tot dit interval.</translation>
        </message>
        <message>
            <source>Show a notification when an SMS arrives</source>
            <translation>Een melding weergeven als er een sms binnenkomt</translation>
        </message>
        <message>
            <source>Show notifications as</source>
            <translation>Meldingen weergeven als</translation>
        </message>
        <message>
            <source>The desktop's notifications</source>
            <translation>Meldingen van de desktop</translation>
        </message>
        <message>
            <source>SMS Desk pop-ups</source>
            <translation>Pop-ups van SMS Desk</translation>
        </message>
        <message>
            <source>The desktop's notifications follow its Do Not Disturb and notification settings. Where the desktop has no notification service, SMS Desk's pop-ups are used.</source>
            <translation>Meldingen van de desktop volgen de instellingen voor Niet storen en meldingen van de desktop. Heeft de desktop geen meldingenservice, dan worden de pop-ups van SMS Desk gebruikt.</translation>
        </message>
        <message>
            <source>Pop-ups close after</source>
            <translation>Pop-ups sluiten na</translation>
        </message>
        <message>
            <source>Play a sound when an SMS arrives</source>
            <translation>Geluid afspelen als er een sms binnenkomt</translation>
        </message>
        <message>
            <source>Notifications</source>
            <extracomment>a section of Settings: how new messages are announced</extracomment>
            <translation>Meldingen</translation>
        </message>
        <message>
            <source>Call with</source>
            <translation>Bellen met</translation>
        </message>
        <message>
            <source>tel: links (default), or callto:{number}, or a command</source>
            <extracomment>keep tel:, callto: and {number} as they are: they are what is typed here</extracomment>
            <translation>tel:-links (standaard), callto:{number} of een opdracht</translation>
        </message>
        <message>
            <source>Ask before texting someone outside these hours, their time</source>
            <translation>Vragen voordat je iemand buiten deze uren (hun tijd) een sms stuurt</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>quiet hours: the sending window starts at this time ("From 08:00 until 20:00")</extracomment>
            <translation>Van</translation>
        </message>
        <message>
            <source>until</source>
            <extracomment>quiet hours: the sending window ends at this time ("From 08:00 until 20:00")</extracomment>
            <translation>tot</translation>
        </message>
        <message>
            <source>Calls and quiet hours</source>
            <extracomment>a section of Settings: how Call works and when SMS Desk asks before texting</extracomment>
            <translation>Bellen en stille uren</translation>
        </message>
        <message>
            <source>Call opens tel:+number in your softphone. To use another, give a link such as callto:{number} or a command such as 3cxphone --dial {number}.</source>
            <extracomment>keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are</extracomment>
            <translation>Bellen opent tel:+number in je softphone. Wil je iets anders gebruiken, geef dan een link op zoals callto:{number} of een opdracht zoals 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>Their time comes from their number's country (and area code in the US and Canada). Outside these hours SMS Desk offers to send at the start, their time.</source>
            <translation>Hun tijd wordt bepaald door het land van hun nummer (en het netnummer in de VS en Canada). Buiten deze uren biedt SMS Desk aan om te verzenden zodra het venster begint (hun tijd).</translation>
        </message>
        <message>
            <source>Database URL</source>
            <translation>Database-URL</translation>
        </message>
        <message>
            <source>empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team</source>
            <translation>leeg: alleen deze computer (SQLite), bijv. postgresql://desk@server/sms voor een team</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Databasewachtwoord</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>bewaard in je systeemsleutelbos</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Now: {url}. A change takes effect the next time SMS Desk starts.</source>
            <translation>Nu: {url}. Een wijziging gaat in zodra SMS Desk opnieuw start.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Send</source>
            <extracomment>the F1 list: Enter in "Say something" sends the message</extracomment>
            <translation>Verzenden</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <extracomment>the F1 list: Shift+Enter in "Say something" starts a new line instead of sending</extracomment>
            <translation>Nieuwe regel in het bericht</translation>
        </message>
        <message>
            <source>Find in the conversation</source>
            <extracomment>the F1 list: Ctrl+F with the keyboard in the conversation finds text in it</extracomment>
            <translation>Zoeken in het gesprek</translation>
        </message>
        <message>
            <source>Close find</source>
            <extracomment>the F1 list: Escape in the find bar closes it</extracomment>
            <translation>Zoeken sluiten</translation>
        </message>
        <message>
            <source>{keys} or {more}</source>
            <extracomment>a keyboard shortcut list read aloud: two ways to press the same thing</extracomment>
            <translation>{keys} of {more}</translation>
        </message>
        <message>
            <source>{action}, {keys}</source>
            <extracomment>a row of the shortcuts list read aloud: what it does, then its keys</extracomment>
            <translation>{action}, {keys}</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <extracomment>the box above the shortcuts list that narrows it to what is typed</extracomment>
            <translation>Sneltoetsen filteren</translation>
        </message>
        <message>
            <source>Filter by what it does or its keys, e.g. archive</source>
            <extracomment>placeholder of the filter box; "archive" is an example of a word to type</extracomment>
            <translation>Filter op wat het doet of op toetsen, bijv. archiveren</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <extracomment>the shortcuts list when the filter matches nothing</extracomment>
            <translation>Geen sneltoets komt overeen.</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the shortcuts that find and move between chats</extracomment>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Conversation</source>
            <extracomment>the shortcuts that act on the open conversation</extracomment>
            <translation>Gesprek</translation>
        </message>
        <message>
            <source>Pop-ups and notifications</source>
            <translation>Pop-ups en meldingen</translation>
        </message>
        <message>
            <source>Window and help</source>
            <translation>Venster en help</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>shortcuts that belong to no other group</extracomment>
            <translation>Overige</translation>
        </message>
        <message>
            <source>Close the pop-up</source>
            <extracomment>the F1 list: Escape in an SMS Desk pop-up closes it (the message stays unread)</extracomment>
            <translation>Pop-up sluiten</translation>
        </message>
        <message>
            <source>Open the selected chat's menu</source>
            <extracomment>the F1 list: the Menu key or Shift+F10 opens the selected chat's context menu</extracomment>
            <translation>Menu van de geselecteerde chat openen</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <extracomment>the F1 list: Escape in the chat search box empties it</extracomment>
            <translation>Zoekopdracht wissen</translation>
        </message>
        <message>
            <source>Undo Dealt with or Archive</source>
            <extracomment>the F1 list: Ctrl+Z takes back Dealt with or Archive while the Undo notice shows</extracomment>
            <translation>Afgehandeld of Archiveren ongedaan maken</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>{owner} is answering this conversation.</source>
            <translation>{owner} beantwoordt dit gesprek.</translation>
        </message>
        <message>
            <source>Nobody owns this conversation yet, so there is nothing to transfer: reply to it first (you become its owner), then transfer it.</source>
            <translation>Dit gesprek heeft nog geen eigenaar, dus er valt niets over te dragen: beantwoord het eerst (dan word jij de eigenaar) en draag het daarna over.</translation>
        </message>
        <message>
            <source>Only the owner, {owner}, or an administrator can transfer this conversation.</source>
            <translation>Alleen de eigenaar, {owner}, of een beheerder kan dit gesprek overdragen.</translation>
        </message>
    </context>
    <context>
        <name>StoreFaults</name>
        <message>
            <source>Can't reach the database</source>
            <translation>Database niet bereikbaar</translation>
        </message>
        <message>
            <source>The database is not answering (restarting, or the network to it is down). Every message is kept; SMS Desk carries on by itself as soon as it answers again.</source>
            <translation>De database reageert niet (ze start opnieuw op of het netwerk ernaartoe ligt eruit). Alle berichten blijven bewaard; SMS Desk gaat vanzelf verder zodra de database weer reageert.</translation>
        </message>
        <message>
            <source>The database is busy</source>
            <translation>De database is bezet</translation>
        </message>
        <message>
            <source>Another program is holding the message database. SMS Desk tries again shortly; nothing is lost meanwhile.</source>
            <translation>Een ander programma houdt de berichtendatabase bezet. SMS Desk probeert het zo opnieuw; intussen gaat er niets verloren.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>De schijf is vol</translation>
        </message>
        <message>
            <source>The message database can't grow: free some disk space. SMS Desk tries again by itself.</source>
            <translation>De berichtendatabase kan niet groeien: maak schijfruimte vrij. SMS Desk probeert het vanzelf opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Connected</source>
            <extracomment>the status bar: the desk is talking to the gateway</extracomment>
            <translation>Verbonden</translation>
        </message>
        <message>
            <source>Connected — another desk is talking to the gateway for the team</source>
            <translation>Verbonden — een andere desk communiceert voor het team met de gateway</translation>
        </message>
        <message>
            <source>It has no usable message id, so it can't be fetched from the gateway again.</source>
            <translation>Het heeft geen bruikbare bericht-id, dus het kan niet opnieuw bij de gateway worden opgehaald.</translation>
        </message>
        <message>
            <source>The gateway no longer has it.</source>
            <translation>De gateway heeft het niet meer.</translation>
        </message>
        <message>
            <source>The gateway still sends it in a form SMS Desk can't read.</source>
            <translation>De gateway verzendt het nog steeds in een vorm die SMS Desk niet kan lezen.</translation>
        </message>
        <message>
            <source>The gateway says it is not a message to this desk.</source>
            <translation>Volgens de gateway is het geen bericht aan deze desk.</translation>
        </message>
        <message>
            <source>The database refused it ({error}); details are in the log.</source>
            <translation>De database heeft het geweigerd ({error}); details staan in het logboek.</translation>
        </message>
        <message>
            <source>Not received by the gateway</source>
            <translation>Niet ontvangen door de gateway</translation>
        </message>
        <message>
            <source>Not at the gateway yet; SMS Desk will look again</source>
            <translation>Nog niet bij de gateway; SMS Desk kijkt later opnieuw</translation>
        </message>
        <message>
            <source>Picture not fetched: {reason}</source>
            <translation>Afbeelding niet opgehaald: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Another desk is talking to the gateway for the team.</source>
            <translation>Een andere desk communiceert voor het team met de gateway.</translation>
        </message>
        <message>
            <source>The team database is unreachable; trying again shortly.</source>
            <translation>De teamdatabase is niet bereikbaar; er wordt zo opnieuw geprobeerd.</translation>
        </message>
        <message>
            <source>Cannot reach the team database.</source>
            <translation>De teamdatabase is niet bereikbaar.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Never</source>
            <extracomment>an account's last sign-in: it has never signed in</extracomment>
            <translation>Nooit</translation>
        </message>
        <message>
            <source>Administrator</source>
            <extracomment>an account's role: may manage accounts and settings</extracomment>
            <translation>Beheerder</translation>
        </message>
        <message>
            <source>Colleague</source>
            <extracomment>an account's role: an ordinary account</extracomment>
            <translation>Collega</translation>
        </message>
        <message>
            <source>Disabled</source>
            <extracomment>an account's state: it cannot sign in</extracomment>
            <translation>Uitgeschakeld</translation>
        </message>
        <message>
            <source>Enabled</source>
            <extracomment>an account's state: it can sign in</extracomment>
            <translation>Ingeschakeld</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Everyone who signs in to SMS Desk with their phone extension. A disabled account cannot sign in; an administrator may manage accounts and settings.</source>
            <translation>Iedereen die met een toestelnummer inlogt bij SMS Desk. Een uitgeschakeld account kan niet inloggen; een beheerder mag accounts en instellingen beheren.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Toestelnummer</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>column heading: administrator or colleague</extracomment>
            <translation>Rol</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>column heading: enabled or disabled</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Laatst ingelogd</translation>
        </message>
        <message>
            <source>&amp;Add colleague…</source>
            <translation>Collega &amp;toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>Wachtwoord &amp;opnieuw instellen…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Uitschakelen</translation>
        </message>
        <message>
            <source>&amp;Make administrator</source>
            <translation>&amp;Beheerder maken</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Inschakelen</translation>
        </message>
        <message>
            <source>Remove ad&amp;ministrator</source>
            <translation>Beheerders&amp;rol intrekken</translation>
        </message>
        <message>
            <source>{user} is disabled and can no longer sign in.</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>{user} is uitgeschakeld en kan niet meer inloggen.</translation>
        </message>
        <message>
            <source>{user} is enabled and can sign in again.</source>
            <translation>{user} is ingeschakeld en kan weer inloggen.</translation>
        </message>
        <message>
            <source>{user} is an administrator now.</source>
            <translation>{user} is nu beheerder.</translation>
        </message>
        <message>
            <source>{user} is no longer an administrator.</source>
            <translation>{user} is geen beheerder meer.</translation>
        </message>
        <message>
            <source>Added {user} as an administrator.</source>
            <translation>{user} toegevoegd als beheerder.</translation>
        </message>
        <message>
            <source>Added {user}.</source>
            <translation>{user} toegevoegd.</translation>
        </message>
        <message>
            <source>Changed the password of {user}.</source>
            <translation>Wachtwoord van {user} gewijzigd.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>De twee wachtwoorden komen niet overeen. Typ ze opnieuw.</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>Collega toevoegen</translation>
        </message>
        <message>
            <source>For example {example}</source>
            <extracomment>{example}: an extension such as 102</extracomment>
            <translation>Bijvoorbeeld {example}</translation>
        </message>
        <message>
            <source>As colleagues will see it</source>
            <translation>Zoals je collega's de naam zien</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Wachtwoord herhalen</translation>
        </message>
        <message>
            <source>&amp;Administrator: may manage accounts and settings</source>
            <translation>&amp;Beheerder: mag accounts en instellingen beheren</translation>
        </message>
        <message>
            <source>&amp;Extension:</source>
            <translation>&amp;Toestelnummer:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>Wachtwoord &amp;herhalen:</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Collega toevoegen</translation>
        </message>
        <message>
            <source>Reset the password of {user}</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>Wachtwoord van {user} opnieuw instellen</translation>
        </message>
        <message>
            <source>{user} signs in with this password from now on; tell them what it is.</source>
            <translation>{user} logt vanaf nu in met dit wachtwoord; geef het aan die persoon door.</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nieuw wachtwoord:</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Wachtwoord opnieuw instellen</translation>
        </message>
    </context>
    <context>
        <name>Telnyx</name>
        <message>
            <source>SMS Desk cannot tell whether this SMS reached Telnyx: the connection dropped before Telnyx answered. Check that the recipient got it, then Retry or Discard.</source>
            <translation>SMS Desk kan niet zien of deze sms Telnyx heeft bereikt: de verbinding viel weg voordat Telnyx antwoordde. Controleer of de ontvanger hem heeft gekregen en kies dan Opnieuw proberen of Verwerpen.</translation>
        </message>
        <message>
            <source>A picture's address is not a secure web address; it was not fetched.</source>
            <translation>Het adres van een afbeelding is geen beveiligd webadres; de afbeelding is niet opgehaald.</translation>
        </message>
        <message>
            <source>Telnyx no longer has this picture.</source>
            <translation>Telnyx heeft deze afbeelding niet meer.</translation>
        </message>
        <message>
            <source>A picture could not be fetched (HTTP {status}). SMS Desk will try again.</source>
            <translation>Een afbeelding kon niet worden opgehaald (HTTP {status}). SMS Desk probeert het opnieuw.</translation>
        </message>
        <message>
            <source>Telnyx has no messaging profile with this ID on the account. Check the Messaging profile ID in Settings.</source>
            <translation>Telnyx heeft in dit account geen messagingprofiel met deze ID. Controleer de messagingprofiel-ID in Instellingen.</translation>
        </message>
        <message>
            <source>The messaging profile “{name}” is disabled at Telnyx, so nothing can be sent through it. Enable it in the Telnyx portal.</source>
            <translation>Het messagingprofiel ‘{name}’ is bij Telnyx uitgeschakeld, dus er kan niets via worden verzonden. Schakel het in via het Telnyx-portaal.</translation>
        </message>
        <message>
            <source>The API key works, but the Telnyx account has no number {number}. Check the From number in Settings.</source>
            <translation>De API-sleutel werkt, maar het Telnyx-account heeft geen nummer {number}. Controleer het afzendernummer in Instellingen.</translation>
        </message>
        <message>
            <source>Telnyx refused the API key. Check the API key in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Telnyx", AUTH_SENTENCE).</extracomment>
            <translation>Telnyx heeft de API-sleutel geweigerd. Controleer de API-sleutel in Instellingen.</translation>
        </message>
        <message>
            <source>Telnyx at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx op {host} heeft een antwoord gestuurd dat SMS Desk niet kan lezen. SMS Desk probeert het opnieuw; blijft het gebeuren, controleer dan het API-adres in Instellingen.</translation>
        </message>
        <message>
            <source>Can't reach Telnyx at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>Telnyx op {host} is niet bereikbaar. Controleer de internetverbinding; SMS Desk blijft het proberen.</translation>
        </message>
        <message>
            <source>Telnyx at {host} did not answer in time. SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx op {host} heeft niet op tijd geantwoord. SMS Desk controleert wat er is gebeurd voordat het iets opnieuw verzendt.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to Telnyx at {host}: its certificate was not accepted. Check the API address in Settings.</source>
            <translation>Er kan geen beveiligde verbinding met Telnyx op {host} worden gemaakt: het certificaat is niet geaccepteerd. Controleer het API-adres in Instellingen.</translation>
        </message>
        <message>
            <source>The connection to Telnyx at {host} broke before it answered. SMS Desk will check what happened before it sends anything again.</source>
            <translation>De verbinding met Telnyx op {host} werd verbroken voordat er een antwoord kwam. SMS Desk controleert wat er is gebeurd voordat het iets opnieuw verzendt.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>Telnyx heeft SMS Desk gevraagd het rustiger aan te doen. SMS Desk probeert het over {seconds} s opnieuw.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>Telnyx heeft SMS Desk gevraagd het rustiger aan te doen. SMS Desk probeert het zo opnieuw.</translation>
        </message>
        <message>
            <source>Telnyx at {host} had a problem (HTTP {status}). SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx op {host} had een probleem (HTTP {status}). SMS Desk controleert wat er is gebeurd voordat het iets opnieuw verzendt.</translation>
        </message>
        <message>
            <source>Telnyx has no record of that message (it keeps them for 10 days).</source>
            <translation>Telnyx heeft geen gegevens van dat bericht (Telnyx bewaart ze 10 dagen).</translation>
        </message>
        <message>
            <source>Telnyx has no record of what SMS Desk asked for. Check the settings of the Telnyx gateway.</source>
            <translation>Telnyx heeft geen gegevens van wat SMS Desk vroeg. Controleer de instellingen van de Telnyx-gateway.</translation>
        </message>
        <message>
            <source>Telnyx at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the API address in Settings.</source>
            <translation>Telnyx op {host} heeft SMS Desk naar een ander adres doorgestuurd (HTTP {status}). Controleer het API-adres in Instellingen.</translation>
        </message>
        <message>
            <source>Telnyx sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx heeft berichtgegevens gestuurd die SMS Desk niet kan lezen. SMS Desk probeert het opnieuw; blijft het gebeuren, controleer dan het API-adres in Instellingen.</translation>
        </message>
        <message>
            <source>The recipient's carrier blocks the desk's sending number as spam, so nothing sent from it arrives there. Ask your administrator to contact Telnyx.</source>
            <translation>De provider van de ontvanger blokkeert het verzendnummer van de desk als spam, dus niets wat ervandaan wordt verzonden komt daar aan. Vraag je beheerder om contact op te nemen met Telnyx.</translation>
        </message>
        <message>
            <source>The recipient's carrier refused the text of this message. Remove unusual characters or symbols, then press Retry.</source>
            <translation>De provider van de ontvanger heeft de tekst van dit bericht geweigerd. Verwijder ongebruikelijke tekens of symbolen en klik dan op Opnieuw proberen.</translation>
        </message>
        <message>
            <source>The message expired at Telnyx before it could be delivered. Press Retry to send it again.</source>
            <translation>Het bericht is bij Telnyx verlopen voordat het kon worden afgeleverd. Klik op Opnieuw proberen om het nogmaals te verzenden.</translation>
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
            <translation>Dat sjabloon is intussen verwijderd.</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change templates.</source>
            <translation>Je account is uitgeschakeld, dus je kunt geen sjablonen wijzigen.</translation>
        </message>
        <message>
            <source>Only an administrator can change templates shared with everyone. Save it as your own (Only me) instead.</source>
            <translation>Alleen een beheerder kan sjablonen wijzigen die met iedereen worden gedeeld. Sla het in plaats daarvan op als je eigen sjabloon (Alleen ik).</translation>
        </message>
        <message>
            <source>That template belongs to a colleague; only they can change it.</source>
            <translation>Dat sjabloon is van een collega; alleen die kan het wijzigen.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” shared with everyone. Pick another name.</source>
            <translation>Er is al een sjabloon ‘{name}’ dat met iedereen wordt gedeeld. Kies een andere naam.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” of yours. Pick another name.</source>
            <translation>Je hebt al een sjabloon ‘{name}’. Kies een andere naam.</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>Een sjabloon moet een naam hebben.</translation>
        </message>
        <message>
            <source>A template name can be at most {most} characters.</source>
            <translation>De naam van een sjabloon mag maximaal {most} tekens lang zijn.</translation>
        </message>
        <message>
            <source>The template “{name}” needs some text.</source>
            <translation>Het sjabloon ‘{name}’ moet tekst bevatten.</translation>
        </message>
        <message>
            <source>The template “{name}” is too long: at most {most} characters.</source>
            <translation>Het sjabloon ‘{name}’ is te lang: maximaal {most} tekens.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Only me</source>
            <extracomment>who can use a template: the colleague who wrote it</extracomment>
            <translation>Alleen ik</translation>
        </message>
        <message>
            <source>Everyone (admins)</source>
            <extracomment>who can use a template: every colleague (only administrators can choose it)</extracomment>
            <translation>Iedereen (beheerders)</translation>
        </message>
        <message>
            <source>Manage templates…</source>
            <translation>Sjablonen beheren…</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Sjablonen</translation>
        </message>
        <message>
            <source>{name}  (mine)</source>
            <extracomment>a template in the menu that only its author sees</extracomment>
            <translation>{name}  (van mij)</translation>
        </message>
        <message>
            <source>No templates yet</source>
            <translation>Nog geen sjablonen</translation>
        </message>
        <message>
            <source>Insert a saved reply (or type / and its name)</source>
            <translation>Een opgeslagen antwoord invoegen (of typ / en de naam)</translation>
        </message>
        <message>
            <source>Manage templates</source>
            <translation>Sjablonen beheren</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>e.g. thanks</source>
            <translation>bijv. bedankt</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Hi {first_name}, thanks for your message! — {my_name}</source>
            <extracomment>an example template; keep {first_name} and {my_name} as they are</extracomment>
            <translation>Hoi {first_name}, bedankt voor je bericht! — {my_name}</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Wie het mag gebruiken</translation>
        </message>
        <message>
            <source>Only an administrator can share templates with everyone.</source>
            <translation>Alleen een beheerder kan sjablonen met iedereen delen.</translation>
        </message>
        <message>
            <source>Variables: {first_name} (the contact's), {my_name} (yours), {date} (today)</source>
            <extracomment>keep the {names} as they are: they are what a template writer types</extracomment>
            <translation>Variabelen: {first_name} (van de contactpersoon), {my_name} (van jou), {date} (vandaag)</translation>
        </message>
        <message>
            <source>Template status</source>
            <translation>Status van sjabloon</translation>
        </message>
        <message>
            <source>New</source>
            <extracomment>a button: start writing a new template</extracomment>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>{name}  ·  everyone</source>
            <extracomment>a template in the list, shared with every colleague</extracomment>
            <translation>{name}  ·  iedereen</translation>
        </message>
        <message>
            <source>{name}  ·  only me</source>
            <extracomment>a template in the list that only its author sees</extracomment>
            <translation>{name}  ·  alleen ik</translation>
        </message>
        <message>
            <source>Shared with everyone: only an administrator can change or delete it.</source>
            <translation>Gedeeld met iedereen: alleen een beheerder kan het wijzigen of verwijderen.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>‘{name}’ opgeslagen.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>‘{name}’ verwijderd.</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>Transfer conversation</source>
            <extracomment>window title: hand a conversation over to a colleague</extracomment>
            <translation>Gesprek overdragen</translation>
        </message>
        <message>
            <source>Hand the conversation with {title} to a colleague:</source>
            <translation>Het gesprek met {title} overdragen aan een collega:</translation>
        </message>
        <message>
            <source>Search colleagues</source>
            <translation>Collega's zoeken</translation>
        </message>
        <message>
            <source>Search by name or extension</source>
            <translation>Zoeken op naam of toestelnummer</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collega's</translation>
        </message>
        <message>
            <source>No colleague to transfer to: add accounts with “{command}”.</source>
            <translation>Er is geen collega om aan over te dragen: voeg accounts toe met ‘{command}’.</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notitie (optioneel)</translation>
        </message>
        <message>
            <source>Note (optional), e.g. “wants a call back after 3 pm”</source>
            <translation>Notitie (optioneel), bijv. ‘wil na 15.00 uur teruggebeld worden’</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to the chosen colleague</extracomment>
            <translation>Overdragen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message numerus="yes">
            <source>Keep the note under %n character(s).</source>
            <translation>
                <numerusform>Houd de notitie korter dan %n teken.</numerusform>
                <numerusform>Houd de notitie korter dan %n tekens.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open SMS Desk</source>
            <translation>SMS Desk openen</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Nieuwe sms</translation>
        </message>
        <message>
            <source>Do not disturb</source>
            <translation>Niet storen</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Uitloggen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <source>SMS Desk — no unread messages</source>
            <translation>SMS Desk — geen ongelezen berichten</translation>
        </message>
        <message numerus="yes">
            <source>SMS Desk — %n unread conversation(s)</source>
            <translation>
                <numerusform>SMS Desk — %n ongelezen gesprek</numerusform>
                <numerusform>SMS Desk — %n ongelezen gesprekken</numerusform>
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
            <translation>{status} · Niet storen</translation>
        </message>
    </context>
    <context>
        <name>TraySession</name>
        <message>
            <source>This desktop has no system tray, so SMS Desk stays open in its window: closing the window quits it. Pop-ups still appear when an SMS arrives.</source>
            <translation>Deze desktop heeft geen systeemvak, dus SMS Desk blijft open in zijn venster: als je het venster sluit, wordt SMS Desk afgesloten. Er verschijnen nog steeds pop-ups als er een sms binnenkomt.</translation>
        </message>
        <message>
            <source>SMS Desk is still running</source>
            <translation>SMS Desk is nog actief</translation>
        </message>
        <message>
            <source>It keeps running in the system tray: click its icon to open it again.</source>
            <translation>Het blijft actief in het systeemvak: klik op het pictogram om het weer te openen.</translation>
        </message>
    </context>
    <context>
        <name>Twilio</name>
        <message>
            <source>SMS Desk could not read the SMS gateway's list of messages to {number} far enough back to tell whether a message already went. It stays waiting and is checked again later, so that it is not sent twice.</source>
            <translation>SMS Desk kan de lijst van de sms-gateway met berichten aan {number} niet ver genoeg teruglezen om te zien of een bericht al is verzonden. Het bericht blijft wachten en wordt later opnieuw gecontroleerd, zodat het niet twee keer wordt verzonden.</translation>
        </message>
        <message>
            <source>A picture's address is not on the SMS gateway; it was not fetched.</source>
            <translation>Het adres van een afbeelding ligt niet op de sms-gateway; de afbeelding is niet opgehaald.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture through too many redirects; it was not fetched.</source>
            <translation>De sms-gateway op {host} heeft een afbeelding via te veel omleidingen gestuurd; de afbeelding is niet opgehaald.</translation>
        </message>
        <message>
            <source>The SMS gateway no longer has this picture.</source>
            <translation>De sms-gateway heeft deze afbeelding niet meer.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} could not hand over a picture (HTTP {status}). SMS Desk will try again.</source>
            <translation>De sms-gateway op {host} kan een afbeelding niet overdragen (HTTP {status}). SMS Desk probeert het opnieuw.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Twilio", AUTH_SENTENCE).</extracomment>
            <translation>De sms-gateway heeft de Account SID of het auth token geweigerd. Controleer ze in Instellingen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture to an address SMS Desk does not fetch from; it was not fetched.</source>
            <translation>De sms-gateway op {host} heeft een afbeelding naar een adres gestuurd waar SMS Desk niets ophaalt; de afbeelding is niet opgehaald.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>De sms-gateway op {host} heeft een antwoord gestuurd dat SMS Desk niet kan lezen. SMS Desk probeert het opnieuw; blijft het gebeuren, controleer dan het gatewayadres in Instellingen.</translation>
        </message>
        <message>
            <source>Can't reach the SMS gateway at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>De sms-gateway op {host} is niet bereikbaar. Controleer de internetverbinding; SMS Desk blijft het proberen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} did not answer in time. SMS Desk will check what happened and try again.</source>
            <translation>De sms-gateway op {host} heeft niet op tijd geantwoord. SMS Desk controleert wat er is gebeurd en probeert het opnieuw.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to the SMS gateway at {host}: its certificate was not accepted. Check the gateway address in Settings.</source>
            <translation>Kan geen beveiligde verbinding maken met de sms-gateway op {host}: het certificaat is niet geaccepteerd. Controleer het gatewayadres in Instellingen.</translation>
        </message>
        <message>
            <source>The connection to the SMS gateway at {host} broke before it answered. SMS Desk will check what happened and try again.</source>
            <translation>De verbinding met de sms-gateway op {host} is verbroken voordat er antwoord kwam. SMS Desk controleert wat er is gebeurd en probeert het opnieuw.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>De sms-gateway heeft SMS Desk gevraagd het rustiger aan te doen. SMS Desk probeert het over {seconds} s opnieuw.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>De sms-gateway heeft SMS Desk gevraagd het rustiger aan te doen. SMS Desk probeert het zo opnieuw.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} had a problem (HTTP {status}). SMS Desk will try again.</source>
            <translation>De sms-gateway op {host} had een probleem (HTTP {status}). SMS Desk probeert het opnieuw.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>De sms-gateway kent dat bericht niet. Blijft dit gebeuren, controleer dan de Account SID en het gatewayadres in Instellingen.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of what SMS Desk asked for. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>De sms-gateway kent niet wat SMS Desk heeft opgevraagd. Blijft dit gebeuren, controleer dan de Account SID en het gatewayadres in Instellingen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the gateway address in Settings.</source>
            <translation>De sms-gateway op {host} heeft SMS Desk naar een ander adres doorgestuurd (HTTP {status}). Controleer het gatewayadres in Instellingen.</translation>
        </message>
        <message>
            <source>The SMS gateway sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>De sms-gateway heeft een berichtrecord gestuurd dat SMS Desk niet kan lezen. SMS Desk probeert het opnieuw; blijft het gebeuren, controleer dan het gatewayadres in Instellingen.</translation>
        </message>
        <message>
            <source>The gateway's entry is not a message record.</source>
            <translation>Het item van de gateway is geen berichtrecord.</translation>
        </message>
        <message>
            <source>The gateway's record has no message id (sid).</source>
            <translation>Het record van de gateway heeft geen bericht-id (sid).</translation>
        </message>
        <message>
            <source>The gateway's record has no status.</source>
            <translation>Het record van de gateway heeft geen status.</translation>
        </message>
        <message>
            <source>The gateway's record has an unknown direction ({direction}).</source>
            <translation>Het record van de gateway heeft een onbekende richting ({direction}).</translation>
        </message>
        <message>
            <source>The gateway's record has no date_created.</source>
            <extracomment>date_created is the name of the gateway's field: not translated</extracomment>
            <translation>Het record van de gateway heeft geen date_created.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a date.</source>
            <extracomment>{field} is the name of the gateway's field (date_sent…): not translated</extracomment>
            <translation>Het record van de gateway heeft een veld {field} dat geen datum is.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a number.</source>
            <extracomment>{field} is the name of the gateway's field (num_media…): not translated</extracomment>
            <translation>Het record van de gateway heeft een veld {field} dat geen getal is.</translation>
        </message>
        <message>
            <source>The gateway's record could not be read.</source>
            <translation>Het record van de gateway kan niet worden gelezen.</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>Undo</source>
            <extracomment>a button: take back what was just done (Dealt with, Archive)</extracomment>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Undo ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+Z", "Strg+Z")</extracomment>
            <translation>Ongedaan maken ({keys})</translation>
        </message>
        <message>
            <source>{done} Undo with {keys}.</source>
            <extracomment>what a screen reader says for the notice: {done} is what was done ("Archived.")</extracomment>
            <translation>{done} Ongedaan maken met {keys}.</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>No app on this computer handles {scheme}: links, so the call could not start. Install your softphone (for example the 3CX app), or set how to call in Settings → Call with.</source>
            <translation>Geen app op deze computer verwerkt {scheme}:-links, dus de oproep kan niet starten. Installeer je softphone (bijvoorbeeld de 3CX-app) of stel in hoe je belt via Instellingen → Bellen met.</translation>
        </message>
        <message>
            <source>The call command “{command}” could not be started ({reason}). Check Settings → Call with.</source>
            <translation>De belopdracht ‘{command}’ kan niet worden gestart ({reason}). Controleer Instellingen → Bellen met.</translation>
        </message>
        <message>
            <source>Calling {number}…</source>
            <translation>{number} wordt gebeld…</translation>
        </message>
        <message>
            <source>Transferred to {name}.</source>
            <translation>Overgedragen aan {name}.</translation>
        </message>
        <message>
            <source>Transferred to your colleague.</source>
            <translation>Overgedragen aan je collega.</translation>
        </message>
        <message>
            <source>Marked dealt with and archived.</source>
            <translation>Gemarkeerd als afgehandeld en gearchiveerd.</translation>
        </message>
        <message>
            <source>Marked dealt with, but a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Gemarkeerd als afgehandeld, maar er is net een nieuw bericht binnengekomen, dus het gesprek blijft in Chats.</translation>
        </message>
        <message>
            <source>Moved back to Chats.</source>
            <translation>Teruggezet naar Chats.</translation>
        </message>
        <message>
            <source>Archived.</source>
            <extracomment>a status message: the conversation was archived</extracomment>
            <translation>Gearchiveerd.</translation>
        </message>
        <message>
            <source>Not archived: a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Niet gearchiveerd: er is net een nieuw bericht binnengekomen, dus het gesprek blijft in Chats.</translation>
        </message>
        <message>
            <source>Marked as unread.</source>
            <translation>Gemarkeerd als ongelezen.</translation>
        </message>
        <message>
            <source>Undone: the conversation is back as it was.</source>
            <translation>Ongedaan gemaakt: het gesprek is weer zoals het was.</translation>
        </message>
        <message>
            <source>SMS with {title}.pdf</source>
            <extracomment>the file name suggested when a conversation is exported</extracomment>
            <translation>Sms met {title}.pdf</translation>
        </message>
        <message>
            <source>PDF, printable (*.pdf)</source>
            <translation>PDF, afdrukbaar (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Gesprek exporteren</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporteren…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to {path}.</source>
            <translation>
                <numerusform>%n bericht geëxporteerd naar {path}.</numerusform>
                <numerusform>%n berichten geëxporteerd naar {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The conversation could not be exported. {reason}</source>
            <translation>Het gesprek kan niet worden geëxporteerd. {reason}</translation>
        </message>
        <message>
            <source>SMS opt-outs.csv</source>
            <extracomment>the file name suggested when the opt-out list is exported</extracomment>
            <translation>Sms-afmeldingen.csv</translation>
        </message>
        <message>
            <source>Export opt-out list</source>
            <translation>Afmeldingen exporteren</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n opted-out number(s) to {path}.</source>
            <translation>
                <numerusform>%n afgemeld nummer geëxporteerd naar {path}.</numerusform>
                <numerusform>%n afgemelde nummers geëxporteerd naar {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The opt-out list could not be exported. {reason}</source>
            <translation>De lijst met afmeldingen kan niet worden geëxporteerd. {reason}</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;New SMS…</source>
            <translation>&amp;Nieuwe sms…</translation>
        </message>
        <message>
            <source>&amp;Contacts…</source>
            <translation>&amp;Contactpersonen…</translation>
        </message>
        <message>
            <source>&amp;Export opt-out list…</source>
            <translation>Afmeldingen &amp;exporteren…</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Team…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Volgend gesprek</translation>
        </message>
        <message>
            <source>Previous conversation</source>
            <translation>Vorig gesprek</translation>
        </message>
        <message>
            <source>Switch between Chats and Archived</source>
            <translation>Wisselen tussen Chats en Gearchiveerd</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>the F1 list's row for sending (Enter in "Say something", Ctrl+Enter anywhere)</extracomment>
            <translation>Verzenden</translation>
        </message>
        <message>
            <source>&amp;Do not disturb</source>
            <translation>Niet &amp;storen</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Uitloggen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;fsluiten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <source>&amp;About SMS Desk</source>
            <translation>&amp;Over SMS Desk</translation>
        </message>
        <message>
            <source>Add colleagues, reset passwords, disable accounts</source>
            <translation>Collega's toevoegen, wachtwoorden opnieuw instellen, accounts uitschakelen</translation>
        </message>
        <message>
            <source>Only an administrator can open Team.</source>
            <translation>Alleen een beheerder kan Team openen.</translation>
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Nu opnieuw proberen</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbonden</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <extracomment>%n is a number of seconds</extracomment>
            <translation>
                <numerusform>Offline — nieuwe poging over %n s</numerusform>
                <numerusform>Offline — nieuwe poging over %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — retrying…</source>
            <translation>Offline — nieuwe poging…</translation>
        </message>
        <message numerus="yes">
            <source>{problem} — retrying in %n s</source>
            <extracomment>{problem} is a short headline ("Can't reach the database"); %n seconds</extracomment>
            <translation>
                <numerusform>{problem} — nieuwe poging over %n s</numerusform>
                <numerusform>{problem} — nieuwe poging over %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem} — retrying…</source>
            <translation>{problem} — nieuwe poging…</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Ingelogd</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Syncing could not start. Details are in the log.</source>
            <translation>Synchroniseren kan niet starten. Details staan in het logboek.</translation>
        </message>
        <message>
            <source>Syncing failed unexpectedly; SMS Desk will try again. Details are in the log.</source>
            <translation>Synchroniseren is onverwacht mislukt; SMS Desk probeert het opnieuw. Details staan in het logboek.</translation>
        </message>
    </context>
</TS>
