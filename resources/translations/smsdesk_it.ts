<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>The account could not be changed.</source>
            <translation>Impossibile modificare l'account.</translation>
        </message>
        <message>
            <source>Signing in did not succeed.</source>
            <translation>Accesso non riuscito.</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example 101.</source>
            <translation>Inserisci il tuo interno telefonico, ad esempio 101.</translation>
        </message>
        <message>
            <source>Extension or password is wrong</source>
            <translation>Interno o password errati</translation>
        </message>
        <message>
            <source>The sign-in remembered on this computer has ended. Type your password.</source>
            <translation>L'accesso ricordato su questo computer è terminato. Digita la tua password.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator to enable it.</source>
            <translation>Questo account è disattivato. Chiedi all'amministratore di attivarlo.</translation>
        </message>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation>
                <numerusform>Scegli una password di almeno %n carattere.</numerusform>
                <numerusform>Scegli una password di almeno %n caratteri.</numerusform>
            </translation>
        </message>
        <message>
            <source>This extension already has an account.</source>
            <translation>Questo interno ha già un account.</translation>
        </message>
        <message>
            <source>There is no account with this extension.</source>
            <translation>Non esiste un account con questo interno.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: disabling it would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Questo è l'unico amministratore attivo: disattivarlo lascerebbe nessuno in grado di gestire gli account. Prima nomina amministratore un altro collega.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: removing its administrator role would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Questo è l'unico amministratore attivo: togliergli il ruolo di amministratore lascerebbe nessuno in grado di gestire gli account. Prima nomina amministratore un altro collega.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins. Wait a minute, then try again.</source>
            <translation>Troppi accessi errati. Attendi un minuto, poi riprova.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins for this extension. Wait {seconds} s, then try again.</source>
            <translation>Troppi accessi errati per questo interno. Attendi {seconds} s, poi riprova.</translation>
        </message>
        <message>
            <source>Only an administrator can change accounts.</source>
            <translation>Solo un amministratore può modificare gli account.</translation>
        </message>
        <message>
            <source>Sign in with your phone extension (for example {example}), not your email address</source>
            <translation>Accedi con il tuo interno telefonico (ad esempio {example}), non con l'indirizzo email</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example {example}.</source>
            <translation>Inserisci il tuo interno telefonico, ad esempio {example}.</translation>
        </message>
        <message numerus="yes">
            <source>An extension is %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Un interno è composto da %n cifra, ad esempio {example}.</numerusform>
                <numerusform>Un interno è composto da %n cifre, ad esempio {example}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is {least} to %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Un interno è composto da {least} a %n cifra, ad esempio {example}.</numerusform>
                <numerusform>Un interno è composto da {least} a %n cifre, ad esempio {example}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter a name for the account, for example Anna.</source>
            <translation>Inserisci un nome per l'account, ad esempio Anna.</translation>
        </message>
        <message>
            <source>A name can be at most {most} characters long; this one has {count}.</source>
            <translation>Un nome può avere al massimo {most} caratteri; questo ne ha {count}.</translation>
        </message>
        <message>
            <source>A name cannot contain line breaks or other control characters.</source>
            <translation>Un nome non può contenere interruzioni di riga o altri caratteri di controllo.</translation>
        </message>
        <message>
            <source>Extension {extension} already has an account.</source>
            <translation>L'interno {extension} ha già un account.</translation>
        </message>
        <message>
            <source>An account already exists; sign in with it.</source>
            <translation>Esiste già un account; accedi con quello.</translation>
        </message>
        <message>
            <source>{user} is not an administrator: only an administrator can change accounts. Give the extension of an administrator.</source>
            <translation>{user} non è un amministratore: solo un amministratore può modificare gli account. Indica l'interno di un amministratore.</translation>
        </message>
        <message>
            <source>There is no account with extension {extension}.</source>
            <translation>Non esiste un account con l'interno {extension}.</translation>
        </message>
    </context>
    <context>
        <name>AnswerShortcut</name>
        <message>
            <source>Reply to the newest message</source>
            <translation>Rispondi all'ultimo messaggio</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Immagine</translation>
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
            <translation>Allega immagine</translation>
        </message>
        <message>
            <source>Send a picture (or drop one on the conversation)</source>
            <translation>Invia un'immagine (o trascinala nella conversazione)</translation>
        </message>
        <message>
            <source>Picture to send</source>
            <translation>Immagine da inviare</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Rimuovi immagine</translation>
        </message>
        <message>
            <source>Attach pictures</source>
            <translation>Allega immagini</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
            <translation>Immagini (*.jpg *.jpeg *.png *.gif *.webp)</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most %n picture(s): the first %n are attached.</source>
            <translation>
                <numerusform>Un messaggio può contenere al massimo %n immagine: viene allegata la prima.</numerusform>
                <numerusform>Un messaggio può contenere al massimo %n immagini: vengono allegate le prime %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture to send: {names}</source>
            <translation>Immagine da inviare: {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) to send: {names}</source>
            <translation>
                <numerusform>%n immagine da inviare: {names}</numerusform>
                <numerusform>%n immagini da inviare: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove pictures</source>
            <translation>Rimuovi immagini</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Send, receive and manage business SMS</source>
            <extracomment>The autostart entry's comment (what the desktop's session settings list it as).</extracomment>
            <translation>Invia, ricevi e gestisci SMS aziendali</translation>
        </message>
    </context>
    <context>
        <name>Calling</name>
        <message>
            <source>{number} is not a valid phone number, so it cannot be called.</source>
            <translation>{number} non è un numero di telefono valido, quindi non si può chiamare.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk does not dial it. Use your phone.</source>
            <translation>{number} è un numero di emergenza: SMS Desk non lo compone. Usa il telefono.</translation>
        </message>
        <message>
            <source>{number} is a short code that cannot be called from here: reply by SMS instead.</source>
            <translation>{number} è uno short code che non si può chiamare da qui: rispondi via SMS.</translation>
        </message>
        <message>
            <source>“{name}” is a sender name, not a phone number: it cannot be called, and carriers don't deliver replies to it. Contact the sender another way.</source>
            <translation>«{name}» è un nome mittente, non un numero di telefono: non si può chiamare e gli operatori non gli consegnano risposte. Contatta il mittente in un altro modo.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number, so it cannot be called.</source>
            <translation>«{text}» non è un numero di telefono, quindi non si può chiamare.</translation>
        </message>
        <message>
            <source>The Call setting must contain {number} where the phone number goes, for example callto:{number} or 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>L'impostazione di chiamata deve contenere {number} nel punto in cui va il numero di telefono, ad esempio callto:{number} o 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>The Call command can't be read ({problem}). Check its quotes.</source>
            <extracomment>{problem} is Python's own (English) reason, e.g. "No closing quotation"</extracomment>
            <translation>Impossibile leggere il comando di chiamata ({problem}). Controlla le virgolette.</translation>
        </message>
        <message>
            <source>The Call command must start with the program to run, for example 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>Il comando di chiamata deve iniziare con il programma da eseguire, ad esempio 3cxphone --dial {number}.</translation>
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>Demo gateway (built in)</source>
            <translation>Gateway demo (integrato)</translation>
        </message>
        <message>
            <source>The demo gateway is not running; it starts with SMS Desk.</source>
            <extracomment>Its state file in the data directory: its messages survive a restart of SMS Desk.</extracomment>
            <translation>Il gateway demo non è in esecuzione; si avvia insieme a SMS Desk.</translation>
        </message>
        <message>
            <source>Enter the number in international form, starting with + (e.g. +14155550100).</source>
            <translation>Inserisci il numero in formato internazionale, iniziando con + (ad es. +393471234567).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Check the digits and the country code.</source>
            <translation>Questo non è un numero di telefono valido. Controlla le cifre e il prefisso internazionale.</translation>
        </message>
        <message>
            <source>Write it in E.164 form: + and digits only, e.g. +14155550100.</source>
            <translation>Scrivilo in formato E.164: solo + e cifre, ad es. +393471234567.</translation>
        </message>
        <message>
            <source>Enter the {field}.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Inserisci {field}.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <extracomment>{field} is the setting's label ("From number"), {problem} what is wrong with it</extracomment>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>SMS Desk relay</source>
            <translation>Relay di SMS Desk</translation>
        </message>
        <message>
            <source>https://… (optional, from your administrator)</source>
            <translation>https://… (facoltativo, te lo dà l’amministratore)</translation>
        </message>
        <message>
            <source>With your team's relay, delivery reports arrive at once instead of being asked for every few seconds.</source>
            <translation>Con il relay del tuo team, le conferme di consegna arrivano subito invece di essere richieste ogni pochi secondi.</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's details from its console.</source>
            <translation>Apri le Impostazioni di SMS Desk e inserisci i dati del gateway presi dalla sua console.</translation>
        </message>
        <message>
            <source>The SMS gateway is not running.</source>
            <translation>Il gateway SMS non è in esecuzione.</translation>
        </message>
        <message>
            <source>Telnyx</source>
            <translation>Telnyx</translation>
        </message>
        <message>
            <source>The API address for {host} uses plain http, which would send the API key and messages unencrypted. Use an https:// address instead.</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>L'indirizzo API per {host} usa http semplice, che invierebbe la chiave API e i messaggi senza crittografia. Usa invece un indirizzo https://.</translation>
        </message>
        <message>
            <source>The API address should be a web address like https://api.telnyx.com, without a user name, password, '?' or '#'.</source>
            <translation>L'indirizzo API deve essere un indirizzo web come https://api.telnyx.com, senza nome utente, password, «?» o «#».</translation>
        </message>
        <message>
            <source>From: enter the number in international form (e.g. +14155550100), or a sender ID of up to 11 letters, digits or spaces.</source>
            <translation>Mittente: inserisci il numero in formato internazionale (ad es. +14155550100) oppure un ID mittente di massimo 11 lettere, cifre o spazi.</translation>
        </message>
        <message>
            <source>API address</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>Indirizzo API</translation>
        </message>
        <message>
            <source>Telnyx hands over incoming SMS only by webhook: this desk sends through Telnyx, but receives SMS only through an SMS Desk relay.</source>
            <translation>Telnyx consegna gli SMS in arrivo solo tramite webhook: questa postazione invia tramite Telnyx, ma riceve gli SMS solo tramite un relay di SMS Desk.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Chiave API</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>conservato nel portachiavi di sistema</translation>
        </message>
        <message>
            <source>Enter the Telnyx API key (in the Telnyx portal, under API Keys).</source>
            <translation>Inserisci la chiave API di Telnyx (nel portale Telnyx, in «API Keys»).</translation>
        </message>
        <message>
            <source>From number or sender ID</source>
            <translation>Numero mittente o ID mittente</translation>
        </message>
        <message>
            <source>+14155550100, or a sender ID such as ACME</source>
            <translation>+14155550100, oppure un ID mittente come ACME</translation>
        </message>
        <message>
            <source>Messaging profile ID</source>
            <translation>ID del profilo di messaggistica</translation>
        </message>
        <message>
            <source>needed with a sender ID or a number pool</source>
            <translation>necessario con un ID mittente o un pool di numeri</translation>
        </message>
        <message>
            <source>Desk number</source>
            <translation>Numero della postazione</translation>
        </message>
        <message>
            <source>needed without a From number</source>
            <translation>necessario senza numero mittente</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the Telnyx API key and the desk's From number (or Messaging profile ID) from the Telnyx portal.</source>
            <translation>Apri le Impostazioni di SMS Desk e inserisci la chiave API di Telnyx e il numero mittente della postazione (o l'ID del profilo di messaggistica), presi dal portale Telnyx.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging profile ID.</source>
            <translation>Inserisci il numero mittente (From) della postazione o un ID del profilo di messaggistica.</translation>
        </message>
        <message>
            <source>A sender ID (a name instead of a number) needs the Messaging profile ID it is registered on.</source>
            <translation>Un ID mittente (un nome al posto di un numero) richiede l'ID del profilo di messaggistica su cui è registrato.</translation>
        </message>
        <message>
            <source>Without a From number, enter the Desk number: the number customers text.</source>
            <translation>Senza numero mittente, inserisci il numero della postazione: il numero a cui scrivono i clienti.</translation>
        </message>
        <message>
            <source>Twilio-compatible (Twilio, SignalWire…)</source>
            <translation>Compatibile con Twilio (Twilio, SignalWire…)</translation>
        </message>
        <message>
            <source>Account SID</source>
            <translation>Account SID</translation>
        </message>
        <message>
            <source>AC… (SignalWire: your project ID)</source>
            <translation>AC… (SignalWire: l'ID del tuo progetto)</translation>
        </message>
        <message>
            <source>Enter the Account SID (on the gateway's console).</source>
            <translation>Inserisci l'Account SID (dalla console del gateway).</translation>
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
            <translation>Inserisci l'auth token.</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>Numero mittente (From)</translation>
        </message>
        <message>
            <source>Messaging Service SID</source>
            <translation>Messaging Service SID</translation>
        </message>
        <message>
            <source>MG… (optional, instead of a From number)</source>
            <translation>MG… (facoltativo, al posto di un numero mittente)</translation>
        </message>
        <message>
            <source>the number customers text (with a Messaging Service)</source>
            <translation>il numero a cui scrivono i clienti (con un Messaging Service)</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's Account SID, auth token and sending number from the gateway's console.</source>
            <translation>Apri le Impostazioni di SMS Desk e inserisci Account SID, auth token e numero di invio del gateway, presi dalla console del gateway.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging Service SID.</source>
            <translation>Inserisci il numero mittente (From) della postazione o un Messaging Service SID.</translation>
        </message>
        <message>
            <source>With a Messaging Service, enter the Desk number: the number customers text, so SMS Desk can find their messages.</source>
            <translation>Con un Messaging Service, inserisci il numero della postazione: il numero a cui scrivono i clienti, così SMS Desk può trovare i loro messaggi.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Picture</source>
            <extracomment>stands for the newest message when it is only pictures (an MMS without text)</extracomment>
            <translation>Immagine</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a small tag beside a search result's name: the conversation is archived</extracomment>
            <translation>Archiviata</translation>
        </message>
        <message>
            <source>Could not load the chat list. {reason}</source>
            <translation>Impossibile caricare l'elenco chat. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <extracomment>a screen reader's part of a chat list row: how many messages are unread</extracomment>
            <translation>
                <numerusform>%n da leggere</numerusform>
                <numerusform>%n da leggere</numerusform>
            </translation>
        </message>
        <message>
            <source>answered by {name}</source>
            <translation>risponde {name}</translation>
        </message>
        <message>
            <source>answered by a colleague</source>
            <translation>risponde un collega</translation>
        </message>
        <message>
            <source>You: {text}</source>
            <extracomment>the newest message of a chat list row, which I sent</extracomment>
            <translation>Tu: {text}</translation>
        </message>
        <message>
            <source>owner: you</source>
            <translation>assegnata a te</translation>
        </message>
        <message>
            <source>owner: {name}</source>
            <translation>assegnata a {name}</translation>
        </message>
        <message>
            <source>owner: a colleague</source>
            <translation>assegnata a un collega</translation>
        </message>
        <message>
            <source>archived</source>
            <extracomment>a screen reader's part of a chat list row: the conversation is archived</extracomment>
            <translation>archiviata</translation>
        </message>
        <message>
            <source>No messages yet</source>
            <translation>Ancora nessun messaggio</translation>
        </message>
        <message>
            <source>Chat list</source>
            <translation>Elenco chat</translation>
        </message>
    </context>
    <context>
        <name>ChatMenu</name>
        <message>
            <source>Open</source>
            <extracomment>a chat row's context menu entry: opens the conversation</extracomment>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <extracomment>a chat row's context menu entry: opens the Transfer dialog</extracomment>
            <translation>Trasferisci…</translation>
        </message>
        <message>
            <source>Copy number</source>
            <extracomment>a chat row's context menu entry: copies the conversation's phone number</extracomment>
            <translation>Copia numero</translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <extracomment>status message after Copy number in a chat row's menu</extracomment>
            <translation>{number} copiato.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Say something</source>
            <extracomment>placeholder of the box where the message to send is typed</extracomment>
            <translation>Scrivi qualcosa</translation>
        </message>
        <message>
            <source>Templates: insert a saved reply (or type / and its name)</source>
            <translation>Modelli: inserisci una risposta salvata (o digita / e il suo nome)</translation>
        </message>
        <message>
            <source>Attach picture: send a picture (or drop one on the conversation)</source>
            <translation>Allega immagine: invia un'immagine (o trascinala nella conversazione)</translation>
        </message>
        <message>
            <source>Replies to a sender name can't be delivered</source>
            <translation>Le risposte a un nome mittente non possono essere consegnate</translation>
        </message>
        <message>
            <source>Can't reply</source>
            <translation>Impossibile rispondere</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Disiscritto</translation>
        </message>
    </context>
    <context>
        <name>Connecting</name>
        <message>
            <source>SMS Desk is still connecting to its database. A conversation you click in the list opens in a moment; everything else works once it is connected.</source>
            <translation>SMS Desk si sta ancora collegando al suo database. Una conversazione su cui fai clic nell'elenco si apre tra un attimo; tutto il resto funziona appena è collegato.</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Un contatto deve avere un nome.</translation>
        </message>
        <message>
            <source>The name “{name}…” is too long: at most {most} characters.</source>
            <translation>Il nome «{name}…» è troppo lungo: al massimo {most} caratteri.</translation>
        </message>
        <message>
            <source>The company of {name} is too long: at most {most} characters.</source>
            <translation>L'azienda di {name} è troppo lunga: al massimo {most} caratteri.</translation>
        </message>
        <message>
            <source>{name} needs at least one number.</source>
            <translation>{name} deve avere almeno un numero.</translation>
        </message>
        <message>
            <source>This contact no longer exists; it may have been deleted.</source>
            <translation>Questo contatto non esiste più; potrebbe essere stato eliminato.</translation>
        </message>
        <message>
            <source>{number} already belongs to {name}.</source>
            <translation>{number} appartiene già a {name}.</translation>
        </message>
        <message>
            <source>One of these numbers was just given to another contact. Try again.</source>
            <translation>Uno di questi numeri è appena stato assegnato a un altro contatto. Riprova.</translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <source>Edit</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Numbers</source>
            <extracomment>the heading above a contact's phone numbers</extracomment>
            <translation>Numeri</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>button beside a contact's number: opens the conversation with that number</extracomment>
            <translation>Scrivi SMS</translation>
        </message>
        <message>
            <source>Message {number}</source>
            <extracomment>what a screen reader says of the Message button: its word first, then the number it writes to ("Message (415) 555-0134")</extracomment>
            <translation>Scrivi SMS a {number}</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Aggiungi contatto</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importa…</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Ancora nessun contatto.</translation>
        </message>
        <message>
            <source>Add the people you text, or import them from a vCard or CSV file (phones and address books export one).</source>
            <translation>Aggiungi le persone a cui scrivi o importale da un file vCard o CSV (telefoni e rubriche possono esportarne uno).</translation>
        </message>
        <message>
            <source>No contact matches.</source>
            <translation>Nessun contatto corrisponde.</translation>
        </message>
        <message>
            <source>Search looks at names, companies and numbers.</source>
            <translation>La ricerca guarda nomi, aziende e numeri.</translation>
        </message>
        <message>
            <source>No contact chosen.</source>
            <translation>Nessun contatto selezionato.</translation>
        </message>
        <message>
            <source>Choose a contact in the list to see it here.</source>
            <translation>Scegli un contatto nell'elenco per vederlo qui.</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>Inserisci un nome.</translation>
        </message>
        <message>
            <source>“{number}”: {problem}</source>
            <extracomment>a line of the Numbers box that is not a number, and why</extracomment>
            <translation>«{number}»: {problem}</translation>
        </message>
        <message>
            <source>Enter at least one number.</source>
            <translation>Inserisci almeno un numero.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>One number per line, e.g. +1 415 555 0100</source>
            <translation>Un numero per riga, ad es. +39 347 123 4567</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Azienda</translation>
        </message>
        <message>
            <source>The contact could not be saved. {reason}</source>
            <translation>Impossibile salvare il contatto. {reason}</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Modifica contatto</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Importa contatti da {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate row(s) merged by number</source>
            <translation>
                <numerusform>%n riga duplicata unita per numero</numerusform>
                <numerusform>%n righe duplicate unite per numero</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported ({merged}).</source>
            <extracomment>{merged} is "3 duplicate rows merged by number"</extracomment>
            <translation>
                <numerusform>Verrà importato %n contatto ({merged}).</numerusform>
                <numerusform>Verranno importati %n contatti ({merged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported.</source>
            <translation>
                <numerusform>Verrà importato %n contatto.</numerusform>
                <numerusform>Verranno importati %n contatti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can't be imported: see the reasons below.</source>
            <translation>
                <numerusform>%n riga non può essere importata: vedi i motivi qui sotto.</numerusform>
                <numerusform>%n righe non possono essere importate: vedi i motivi qui sotto.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation>Contatti nel file</translation>
        </message>
        <message>
            <source>Row</source>
            <extracomment>the column of the row's line number in the file</extracomment>
            <translation>Riga</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Will be imported</source>
            <translation>Verrà importato</translation>
        </message>
        <message>
            <source>Will be imported ({problems})</source>
            <translation>Verrà importato ({problems})</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importa contatti</translation>
        </message>
        <message>
            <source>Contacts ({patterns})</source>
            <translation>Contatti ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Lettura di {file}…</translation>
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation>Non è stato importato nulla. {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}.</source>
            <translation>Non è stato importato nulla: {reason}.</translation>
        </message>
        <message>
            <source>Nothing was imported: it could not be read.</source>
            <translation>Non è stato importato nulla: impossibile leggerlo.</translation>
        </message>
        <message>
            <source>Nothing was imported: the file could not be read.</source>
            <translation>Non è stato importato nulla: impossibile leggere il file.</translation>
        </message>
        <message>
            <source>Imported: {added} new, {updated} updated, {unchanged} already there.</source>
            <translation>Importati: {added} nuovi, {updated} aggiornati, {unchanged} già presenti.</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Esporta contatti</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {file}.</source>
            <translation>
                <numerusform>%n contatto esportato in {file}.</numerusform>
                <numerusform>%n contatti esportati in {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts could not be exported. {reason}</source>
            <translation>Impossibile esportare i contatti. {reason}</translation>
        </message>
        <message>
            <source>{company} · {number}</source>
            <extracomment>a contact row's second line: the company, then the first number</extracomment>
            <translation>{company} · {number}</translation>
        </message>
        <message>
            <source>Contact list</source>
            <translation>Elenco contatti</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Cerca contatti</translation>
        </message>
        <message>
            <source>Search by name, company or number</source>
            <translation>Cerca per nome, azienda o numero</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contatto</numerusform>
                <numerusform>%n contatti</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Elimina contatto</translation>
        </message>
        <message>
            <source>Delete {name}? Their conversations stay, shown by number.</source>
            <translation>Eliminare {name}? Le sue conversazioni restano, indicate con il numero.</translation>
        </message>
    </context>
    <context>
        <name>ContactsFile</name>
        <message>
            <source>no name</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>nessun nome</translation>
        </message>
        <message>
            <source>“{number}” is not a phone number</source>
            <translation>«{number}» non è un numero di telefono</translation>
        </message>
        <message>
            <source>no phone number</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>nessun numero di telefono</translation>
        </message>
        <message>
            <source>{file} is neither a vCard (.vcf) nor a CSV file of contacts.</source>
            <translation>{file} non è né una vCard (.vcf) né un file CSV di contatti.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Il file è vuoto.</translation>
        </message>
        <message>
            <source>This is not a contacts file: it holds binary data, not text.</source>
            <translation>Questo non è un file di contatti: contiene dati binari, non testo.</translation>
        </message>
        <message>
            <source>Line {line}: this is not a vCard (no BEGIN:VCARD).</source>
            <translation>Riga {line}: questa non è una vCard (manca BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>Line {line}: this vCard has no END:VCARD; the file may be cut short.</source>
            <translation>Riga {line}: questa vCard non ha END:VCARD; il file potrebbe essere troncato.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quoted cell is never closed.</source>
            <translation>Riga {line}: questo file CSV non è valido: una cella tra virgolette non viene mai chiusa.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quote inside a quoted cell is not doubled.</source>
            <translation>Riga {line}: questo file CSV non è valido: una virgoletta in una cella tra virgolette non è raddoppiata.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: {reason}.</source>
            <translation>Riga {line}: questo file CSV non è valido: {reason}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name) and no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Questo file CSV non ha una colonna del nome (Name, oppure First Name e Last Name) né una colonna del telefono (Phone, Mobile, Number o Telephone). Le sue colonne sono: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name). Its columns are: {columns}.</source>
            <translation>Questo file CSV non ha una colonna del nome (Name, oppure First Name e Last Name). Le sue colonne sono: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Questo file CSV non ha una colonna del telefono (Phone, Mobile, Number o Telephone). Le sue colonne sono: {columns}.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>the list of a CSV file's columns when it has none</extracomment>
            <translation>nessuna</translation>
        </message>
    </context>
    <context>
        <name>ConversationActions</name>
        <message>
            <source>Mark as read</source>
            <extracomment>menu entry: marks the conversation's messages as read</extracomment>
            <translation>Segna come letto</translation>
        </message>
        <message>
            <source>Mark as unread</source>
            <extracomment>menu entry: marks the conversation as unread again</extracomment>
            <translation>Segna come da leggere</translation>
        </message>
        <message>
            <source>Call</source>
            <extracomment>button: phones the conversation's number</extracomment>
            <translation>Chiama</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to a colleague</extracomment>
            <translation>Trasferisci</translation>
        </message>
        <message>
            <source>Dealt with</source>
            <extracomment>button: marks the conversation as handled</extracomment>
            <translation>Gestita</translation>
        </message>
        <message>
            <source>Archive</source>
            <extracomment>menu entry: moves the conversation to the archive</extracomment>
            <translation>Archivia</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <extracomment>menu entry: brings an archived conversation back to the list</extracomment>
            <translation>Ripristina</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Aggiungi contatto</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Modifica contatto</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the open conversation (it stays in the list)</extracomment>
            <translation>Chiudi</translation>
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
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>{day} {time} (UTC{offset})</source>
            <extracomment>a printed message's time: "25 Nov 2026 14:05 (UTC+01:00)"</extracomment>
            <translation>{day} {time} (UTC{offset})</translation>
        </message>
        <message>
            <source>{when} · Received · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Ricevuto · da {sender} a {recipient} · {status}</translation>
        </message>
        <message>
            <source>{when} · Sent · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Inviato · da {sender} a {recipient} · {status}</translation>
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
            <translation>Short code</translation>
        </message>
        <message>
            <source>Sender name: replies can't be delivered</source>
            <translation>Nome mittente: impossibile consegnare le risposte</translation>
        </message>
        <message>
            <source>Owner</source>
            <extracomment>what the label under the title is, for a screen reader: who owns the conversation</extracomment>
            <translation>Assegnatario</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>Altre opzioni</translation>
        </message>
        <message>
            <source>More options: {actions}</source>
            <translation>Altre opzioni: {actions}</translation>
        </message>
        <message>
            <source>Unowned</source>
            <extracomment>the conversation has no owner yet (a colleague who replies becomes its owner)</extracomment>
            <translation>Non assegnata</translation>
        </message>
        <message>
            <source>Unowned — the first to reply owns it</source>
            <translation>Non assegnata — la prende chi risponde per primo</translation>
        </message>
        <message>
            <source>Owner: you</source>
            <translation>Assegnata a te</translation>
        </message>
        <message>
            <source>Owner: {colleague}</source>
            <translation>Assegnata a {colleague}</translation>
        </message>
        <message>
            <source>Conversation with {title}</source>
            <translation>Conversazione con {title}</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>button: sends the failed messages again</extracomment>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>button: gives up on the failed messages (they show as cancelled, never sent)</extracomment>
            <translation>Scarta</translation>
        </message>
        <message>
            <source>The gateway refused it.</source>
            <translation>Il gateway lo ha rifiutato.</translation>
        </message>
        <message>
            <source>A message was not sent. {reason}</source>
            <translation>Un messaggio non è stato inviato. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) were not sent. Latest: {reason}</source>
            <translation>
                <numerusform>%n messaggio non è stato inviato. Ultimo motivo: {reason}</numerusform>
                <numerusform>%n messaggi non sono stati inviati. Ultimo motivo: {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Disiscritto</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <source>Your pictures were not sent. {reason}</source>
            <translation>Le immagini non sono state inviate. {reason}</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>un collega</translation>
        </message>
        <message>
            <source>{reason} Your message was not sent; its text is back in the box.</source>
            <translation>{reason} Il messaggio non è stato inviato; il testo è di nuovo nella casella.</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>button: sends the typed message now</extracomment>
            <translation>Invia</translation>
        </message>
        <message>
            <source>Send (Enter) — Shift+Enter for a new line</source>
            <translation>Invia (Invio) — Maiusc+Invio per andare a capo</translation>
        </message>
        <message>
            <source>Send later…</source>
            <translation>Invia più tardi…</translation>
        </message>
        <message>
            <source>Send options</source>
            <translation>Opzioni di invio</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Invia più tardi</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Lunghezza del messaggio</translation>
        </message>
        <message>
            <source>Composer notice</source>
            <translation>Avviso della casella di testo</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Send anyway?</source>
            <translation>Alcune variabili non sono compilate: {names}. Inviare comunque?</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <extracomment>button: sends the message with its template variables left as they are</extracomment>
            <translation>Invia comunque</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on Windows and macOS the system's own credential store is used). On a server without a desktop, run SMS Desk in a D-Bus session with an unlocked keyring (for example `dbus-run-session -- sh`, then `gnome-keyring-daemon --unlock`), or type the password at each sign-in.</source>
            <translation>Installa e sblocca un servizio Secret Service come GNOME Keyring o KWallet (su Windows e macOS viene usato l'archivio credenziali del sistema). Su un server senza desktop, esegui SMS Desk in una sessione D-Bus con un portachiavi sbloccato (ad esempio `dbus-run-session -- sh`, poi `gnome-keyring-daemon --unlock`), oppure digita la password a ogni accesso.</translation>
        </message>
        <message>
            <source>No secure keyring was found on this computer.</source>
            <translation>Su questo computer non è stato trovato un portachiavi sicuro.</translation>
        </message>
        <message>
            <source>Until then SMS Desk will not remember passwords, and cannot keep the gateway's auth token or a database password.</source>
            <translation>Fino ad allora SMS Desk non memorizzerà le password e non potrà conservare l'auth token del gateway né la password di un database.</translation>
        </message>
        <message>
            <source>The keyring is locked. Unlock it (for example by logging in to your desktop again) and try again.</source>
            <translation>Il portachiavi è bloccato. Sbloccalo (ad esempio accedendo di nuovo al desktop) e riprova.</translation>
        </message>
        <message>
            <source>The keyring could not be opened. Check that GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>Impossibile aprire il portachiavi. Verifica che GNOME Keyring o KWallet sia in esecuzione e sbloccato, poi riprova.</translation>
        </message>
        <message>
            <source>The keyring refused to store the secret. Check that it is unlocked (for example in Passwords and Keys or KWalletManager) and try again.</source>
            <translation>Il portachiavi ha rifiutato di salvare il dato segreto. Verifica che sia sbloccato (ad esempio in Password e chiavi o KWalletManager) e riprova.</translation>
        </message>
        <message>
            <source>The keyring could not be reached. Check that a Secret Service such as GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>Impossibile raggiungere il portachiavi. Verifica che un Secret Service come GNOME Keyring o KWallet sia in esecuzione e sbloccato, poi riprova.</translation>
        </message>
        <message>
            <source>The keyring is turned off: the null backend is configured (for example by PYTHON_KEYRING_BACKEND or keyringrc.cfg). Remove that setting.</source>
            <translation>Il portachiavi è disattivato: è configurato il backend null (ad esempio da PYTHON_KEYRING_BACKEND o keyringrc.cfg). Rimuovi questa impostazione.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} keeps secrets in a file on disk, which is not safe enough. Remove the keyrings.alt package or configure another backend.</source>
            <translation>Il backend del portachiavi {backend} conserva i dati segreti in un file su disco, che non è abbastanza sicuro. Rimuovi il pacchetto keyrings.alt o configura un altro backend.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer ({problem}).</source>
            <extracomment>{problem} is the keyring library's own (English) reason</extracomment>
            <translation>Il backend del portachiavi {backend} non è utilizzabile su questo computer ({problem}).</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer.</source>
            <translation>Il backend del portachiavi {backend} non è utilizzabile su questo computer.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open the database {database}: {reason}</source>
            <translation>Impossibile aprire il database {database}: {reason}</translation>
        </message>
        <message>
            <source>The database URL in Settings is not valid. Examples: {examples}</source>
            <translation>L'URL del database nelle Impostazioni non è valido. Esempi: {examples}</translation>
        </message>
        <message>
            <source>SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL.</source>
            <translation>SMS Desk non può conservare i suoi dati in un database {backend}; usa SQLite o PostgreSQL.</translation>
        </message>
        <message>
            <source>SMS Desk needs a database file; an in-memory SQLite database won't do.</source>
            <translation>SMS Desk ha bisogno di un file di database; un database SQLite in memoria non basta.</translation>
        </message>
        <message>
            <source>Cannot create the database folder {folder}: {reason}</source>
            <translation>Impossibile creare la cartella del database {folder}: {reason}</translation>
        </message>
        <message>
            <source>This database was created by a newer SMS Desk (revision {revision}); update the app.</source>
            <translation>Questo database è stato creato da una versione più recente di SMS Desk (revisione {revision}); aggiorna l'app.</translation>
        </message>
        <message>
            <source>SMS Desk is still connecting to its database.</source>
            <translation>SMS Desk si sta ancora connettendo al suo database.</translation>
        </message>
        <message>
            <source>SMS Desk could not open its database.</source>
            <translation>SMS Desk non è riuscito ad aprire il suo database.</translation>
        </message>
        <message>
            <source>The database URL is not valid. Examples: {examples}</source>
            <translation>L'URL del database non è valido. Esempi: {examples}</translation>
        </message>
        <message>
            <source>The team features need a PostgreSQL database URL.</source>
            <translation>Le funzioni per il team richiedono l'URL di un database PostgreSQL.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>The remembered sign-in did not work.</source>
            <translation>L'accesso memorizzato non ha funzionato.</translation>
        </message>
        <message>
            <source>SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk doctor`: it checks the database and says what to do.</source>
            <translation>SMS Desk non riesce a leggere gli account dal database ({reason}). Esegui `smsdesk doctor`: controlla il database e indica cosa fare.</translation>
        </message>
        <message>
            <source>SMS Desk could not change whether it starts at login: {reason}</source>
            <translation>SMS Desk non è riuscito a modificare l'avvio all'accesso: {reason}</translation>
        </message>
        <message>
            <source>The new database will be used the next time SMS Desk starts.</source>
            <translation>Il nuovo database verrà usato al prossimo avvio di SMS Desk.</translation>
        </message>
        <message>
            <source>Not saved, so not sent. {reason}</source>
            <translation>Non salvato, quindi non inviato. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <source>Open</source>
            <extracomment>a notification's button: shows the conversation in SMS Desk</extracomment>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a notification's button: answer the SMS</extracomment>
            <translation>Rispondi</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a notification's button: the SMS was seen, the conversation no longer unread</extracomment>
            <translation>Segna come letto</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>history</source>
            <extracomment>the kind of a line in an exported conversation: a history line ("Dealt with by Anna")</extracomment>
            <translation>cronologia</translation>
        </message>
        <message>
            <source>received</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk received</extracomment>
            <translation>ricevuto</translation>
        </message>
        <message>
            <source>sent</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk sent</extracomment>
            <translation>inviato</translation>
        </message>
        <message>
            <source>this desk</source>
            <comment>the sender or recipient in an export</comment>
            <translation>questa postazione</translation>
        </message>
        <message>
            <source>not sent: {reason}</source>
            <translation>non inviato: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>[%n picture(s)]</source>
            <translation>
                <numerusform>[%n immagine]</numerusform>
                <numerusform>[%n immagini]</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>a column header of an exported conversation: sent, received or history</extracomment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>a column header of an exported conversation: who sent the message</extracomment>
            <translation>Da</translation>
        </message>
        <message>
            <source>To</source>
            <extracomment>a column header of an exported conversation: who received the message</extracomment>
            <translation>A</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Text</source>
            <extracomment>a column header of an exported conversation: the message's text</extracomment>
            <translation>Testo</translation>
        </message>
        <message>
            <source>{day} {year} {time}</source>
            <comment>the moment of an export</comment>
            <translation>{day} {year} {time}</translation>
        </message>
        <message>
            <source>Conversation with {name} · {number} — exported {when}</source>
            <translation>Conversazione con {name} · {number} — esportata il {when}</translation>
        </message>
        <message>
            <source>Conversation with {number} — exported {when}</source>
            <translation>Conversazione con {number} — esportata il {when}</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>a column header of the exported opt-out list: the customer's number</extracomment>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Desk number</source>
            <extracomment>a column header of the exported opt-out list: the office's number they texted</extracomment>
            <translation>Numero della postazione</translation>
        </message>
        <message>
            <source>Opted out at</source>
            <translation>Disiscritto il</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>a column header of the exported opt-out list: why they are opted out</extracomment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed (error {code})</source>
            <translation>il provider segnala la disiscrizione (errore {code})</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed</source>
            <translation>il provider segnala la disiscrizione</translation>
        </message>
        <message>
            <source>replied {keyword}</source>
            <extracomment>why a number is opted out: the customer texted a keyword such as STOP</extracomment>
            <translation>ha risposto {keyword}</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <source>Something went wrong, so this was not done. Try again; if it happens again, send the log file to whoever looks after SMS Desk (Help → About SMS Desk says where it is).</source>
            <translation>Si è verificato un problema, quindi l'operazione non è stata eseguita. Riprova; se succede di nuovo, invia il file di log a chi gestisce SMS Desk (Guida → Informazioni su SMS Desk indica dove si trova).</translation>
        </message>
        <message>
            <source>The computer refused: {reason} ({file}).</source>
            <translation>Il computer ha rifiutato: {reason} ({file}).</translation>
        </message>
        <message>
            <source>The computer refused: {reason}.</source>
            <translation>Il computer ha rifiutato: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in conversation</source>
            <translation>Trova nella conversazione</translation>
        </message>
        <message>
            <source>Matches</source>
            <extracomment>screen-reader name of the count of matches ("3 of 12")</extracomment>
            <translation>Risultati</translation>
        </message>
        <message>
            <source>Previous</source>
            <extracomment>button: goes to the previous match of the text searched for</extracomment>
            <translation>Precedente</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Risultato precedente (Maiusc+Invio)</translation>
        </message>
        <message>
            <source>Next</source>
            <extracomment>button: goes to the next match of the text searched for</extracomment>
            <translation>Successivo</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Risultato successivo (Invio)</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Chiudi ricerca</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Chiudi ricerca (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Nessun risultato</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <extracomment>the match shown and how many there are: "3 of 12"</extracomment>
            <translation>{current} di {total}</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Today</source>
            <extracomment>a heading over the messages of today in a conversation</extracomment>
            <translation>Oggi</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <extracomment>a heading over the messages of yesterday in a conversation</extracomment>
            <translation>Ieri</translation>
        </message>
        <message>
            <source>today at {time}</source>
            <translation>oggi alle {time}</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>ieri alle {time}</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} alle {time}</translation>
        </message>
    </context>
    <context>
        <name>Gateway</name>
        <message>
            <source>The SMS gateway address is not a web address. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>L'indirizzo del gateway SMS non è un indirizzo web. Dovrebbe essere simile a https://api.twilio.com; controllalo nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain a user name or password. Put the Account SID and auth token in their own fields in Settings.</source>
            <translation>L'indirizzo del gateway SMS non deve contenere un nome utente o una password. Inserisci l'Account SID e l'auth token nei rispettivi campi delle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain '?' or '#'. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>L'indirizzo del gateway SMS non deve contenere '?' o '#'. Dovrebbe essere simile a https://api.twilio.com; controllalo nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway address for {host} uses plain http, which would send the auth token and messages unencrypted. Use an https:// address instead.</source>
            <translation>L'indirizzo del gateway SMS per {host} usa http semplice, che invierebbe l'auth token e i messaggi senza crittografia. Usa invece un indirizzo https://.</translation>
        </message>
        <message>
            <source>The relay address is not a web address. It should look like https://sms-relay.example.com; your administrator has it.</source>
            <translation>L’indirizzo del relay non è un indirizzo web. Dovrebbe essere come https://sms-relay.example.com; l’amministratore lo conosce.</translation>
        </message>
        <message>
            <source>The relay address must not contain a user name, password, '?' or '#': enter only its https:// address.</source>
            <translation>L’indirizzo del relay non deve contenere nome utente, password, «?» o «#»: inserisci solo il suo indirizzo https://.</translation>
        </message>
        <message>
            <source>The relay address for {host} uses plain http: carriers only post to https:// addresses. Use the relay's https:// address.</source>
            <translation>L’indirizzo del relay per {host} usa http non cifrato: gli operatori inviano solo a indirizzi https://. Usa l’indirizzo https:// del relay.</translation>
        </message>
        <message>
            <source>No {field} is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Nessun {field} è salvato per il gateway SMS. Apri le Impostazioni (Ctrl+,) e inseriscilo.</translation>
        </message>
    </context>
    <context>
        <name>GatewayErrors</name>
        <message>
            <source>The SMS gateway reported a problem but did not say what it was. Try again; if it keeps happening, tell your administrator.</source>
            <extracomment>Longest piece of the gateway's own text we repeat: it is untrusted and written for developers, so a pop-up must not fill up with it.
----------
"Blocked due to STOP message": the recipient opted out of the desk's number at Telnyx. The recipient's (or the desk's) number is the problem, for good: invalid phone number, must be +E.164, not routable (a landline), invalid destination, invalid source, invalid 'from' address, invalid 'to' address. The text itself is the problem: invalid message body. Nothing went out, and later it may: too many requests (the API's), rate limit exceeded upstream ("a temporary condition"), expired in Telnyx's queue before it was sent, the message queue is full. The engine sends such a message again later, by itself.</extracomment>
            <translation>Il gateway SMS ha segnalato un problema senza dire quale. Riprova; se continua a succedere, avvisa l'amministratore.</translation>
        </message>
        <message>
            <source>Too many messages went to this number in a short time, so the gateway held this one back. Press Retry in a minute.</source>
            <translation>Troppi messaggi sono stati inviati a questo numero in poco tempo, quindi il gateway ha trattenuto questo. Premi Riprova tra un minuto.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <translation>Il gateway SMS ha rifiutato l'Account SID o l'auth token. Controllali nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. It may have been deleted there.</source>
            <translation>Il gateway SMS non ha traccia di quel messaggio. Potrebbe essere stato eliminato lì.</translation>
        </message>
        <message>
            <source>The SMS gateway is receiving too many requests right now. SMS Desk will try again in a moment.</source>
            <translation>Il gateway SMS sta ricevendo troppe richieste in questo momento. SMS Desk riproverà tra poco.</translation>
        </message>
        <message>
            <source>The recipient's number is not a valid phone number. Check the number and try again.</source>
            <translation>Il numero del destinatario non è un numero di telefono valido. Controlla il numero e riprova.</translation>
        </message>
        <message>
            <source>The recipient's number is a short code, and short codes can't be sent SMS from here.</source>
            <translation>Il numero del destinatario è uno short code, e da qui non si possono inviare SMS agli short code.</translation>
        </message>
        <message>
            <source>You can't send an SMS to the desk's own number. Check the recipient's number.</source>
            <translation>Non puoi inviare un SMS al numero della postazione stessa. Controlla il numero del destinatario.</translation>
        </message>
        <message>
            <source>The SMS account is not allowed to send to this country. Ask your administrator to enable the country in the gateway's messaging permissions.</source>
            <translation>L'account SMS non è autorizzato a inviare verso questo paese. Chiedi all'amministratore di abilitare il paese nelle autorizzazioni di messaggistica del gateway.</translation>
        </message>
        <message>
            <source>The message is empty. Type some text before sending.</source>
            <translation>Il messaggio è vuoto. Scrivi del testo prima di inviare.</translation>
        </message>
        <message>
            <source>The desk has no sending number set up. Ask your administrator to set it in Settings.</source>
            <translation>La postazione non ha un numero di invio configurato. Chiedi all'amministratore di impostarlo nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The message has no recipient. Enter the recipient's number and try again.</source>
            <translation>Il messaggio non ha un destinatario. Inserisci il numero del destinatario e riprova.</translation>
        </message>
        <message>
            <source>The desk's sending number can't send SMS on this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Il numero di invio della postazione non può inviare SMS con questo account del gateway. Chiedi all'amministratore di controllare il numero nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The recipient replied STOP to opt out of messages from this number. They must text START before you can message them again.</source>
            <translation>Il destinatario ha risposto STOP per non ricevere più messaggi da questo numero. Deve scrivere START prima che tu possa inviargli di nuovo messaggi.</translation>
        </message>
        <message>
            <source>The gateway can't send SMS to this number from the desk's number (it may be a landline or a kind of number it does not reach). Check the number or call instead.</source>
            <translation>Il gateway non può inviare SMS a questo numero dal numero della postazione (potrebbe essere un fisso o un tipo di numero che non raggiunge). Controlla il numero o chiama.</translation>
        </message>
        <message>
            <source>The recipient's number is not a mobile number, so it can't receive SMS. Check the number or call them instead.</source>
            <translation>Il numero del destinatario non è un cellulare, quindi non può ricevere SMS. Controlla il numero o chiamalo invece.</translation>
        </message>
        <message>
            <source>The desk's number has too many messages waiting at the SMS gateway right now. SMS Desk will send this one when the queue has room.</source>
            <translation>Il numero della postazione ha troppi messaggi in attesa sul gateway SMS in questo momento. SMS Desk invierà questo messaggio quando la coda avrà spazio.</translation>
        </message>
        <message>
            <source>The message is longer than 1,600 characters, the gateway's limit. Shorten it or split it into several messages.</source>
            <translation>Il messaggio supera i 1.600 caratteri, il limite del gateway. Accorcialo o dividilo in più messaggi.</translation>
        </message>
        <message>
            <source>The desk's sending number does not belong to this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Il numero di invio della postazione non appartiene a questo account del gateway. Chiedi all'amministratore di controllare il numero nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The gateway had too many messages waiting and dropped this one. Send it again in a few minutes.</source>
            <translation>Il gateway aveva troppi messaggi in attesa e ha scartato questo. Invialo di nuovo tra qualche minuto.</translation>
        </message>
        <message>
            <source>The SMS gateway account is suspended, so nothing can be sent. Ask your administrator to contact the gateway provider.</source>
            <translation>L'account del gateway SMS è sospeso, quindi non si può inviare nulla. Chiedi all'amministratore di contattare il fornitore del gateway.</translation>
        </message>
        <message>
            <source>The recipient's phone could not be reached; it may be switched off or out of coverage. Try again later.</source>
            <translation>Il telefono del destinatario non è raggiungibile; potrebbe essere spento o senza copertura. Riprova più tardi.</translation>
        </message>
        <message>
            <source>The message was blocked by the recipient's phone or carrier; they may have blocked this number. Contact them another way.</source>
            <translation>Il messaggio è stato bloccato dal telefono o dall'operatore del destinatario; potrebbe aver bloccato questo numero. Contattalo in un altro modo.</translation>
        </message>
        <message>
            <source>The recipient's number does not exist or is no longer in service. Check the number.</source>
            <translation>Il numero del destinatario non esiste o non è più attivo. Controlla il numero.</translation>
        </message>
        <message>
            <source>The recipient's number is a landline or its carrier can't receive SMS. Call them instead.</source>
            <translation>Il numero del destinatario è un fisso o il suo operatore non può ricevere SMS. Chiamalo invece.</translation>
        </message>
        <message>
            <source>The recipient's carrier filtered this message as possible spam. Rephrase it (fewer links and capitals) or contact them another way.</source>
            <translation>L'operatore del destinatario ha filtrato questo messaggio come possibile spam. Riformulalo (meno link e maiuscole) o contatta il destinatario in un altro modo.</translation>
        </message>
        <message>
            <source>The recipient's carrier could not deliver the message and gave no reason. Try sending it again later.</source>
            <translation>L'operatore del destinatario non ha potuto consegnare il messaggio e non ha indicato il motivo. Prova a inviarlo di nuovo più tardi.</translation>
        </message>
        <message>
            <source>US carriers limit how fast the desk's number may send, and this message went over the limit. Press Retry in a few minutes.</source>
            <translation>Gli operatori statunitensi limitano la velocità di invio del numero della postazione e questo messaggio ha superato il limite. Premi Riprova tra qualche minuto.</translation>
        </message>
        <message>
            <source>US carriers blocked the message because the sending number is not registered for business texting (A2P 10DLC). Ask your administrator to complete the registration.</source>
            <translation>Gli operatori statunitensi hanno bloccato il messaggio perché il numero di invio non è registrato per gli SMS aziendali (A2P 10DLC). Chiedi all'amministratore di completare la registrazione.</translation>
        </message>
        <message>
            <source>The message was cancelled at the SMS gateway before it was sent. Press Retry if it should still go.</source>
            <translation>Il messaggio è stato annullato sul gateway SMS prima dell'invio. Premi Riprova se deve comunque partire.</translation>
        </message>
        <message>
            <source>{gateway_text} (error {code})</source>
            <extracomment>{gateway_text} is the gateway's own (English) explanation, shown as it came
----------
Longest piece of Telnyx's own text repeated: it is untrusted and written for developers. {gateway_text} is the gateway's own (English) explanation, shown as it came</extracomment>
            <translation>{gateway_text} (errore {code})</translation>
        </message>
        <message>
            <source>The SMS gateway reported a problem it did not explain (error {code}). Try again; if it keeps happening, tell your administrator.</source>
            <translation>Il gateway SMS ha segnalato un problema senza spiegarlo (errore {code}). Riprova; se continua a succedere, avvisa l'amministratore.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message as too large (HTTP 413), so it was not sent. Shorten the text or send fewer or smaller pictures, then press Retry.</source>
            <translation>Il gateway SMS ha rifiutato questo messaggio perché troppo grande (HTTP 413), quindi non è stato inviato. Accorcia il testo o invia meno immagini o immagini più piccole, poi premi Riprova.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message (HTTP {status}) without saying why, so it was not sent. Check the number and text and press Retry; if it happens again, ask your administrator to check the gateway address and proxy in Settings.</source>
            <translation>Il gateway SMS ha rifiutato questo messaggio (HTTP {status}) senza spiegarne il motivo, quindi non è stato inviato. Controlla numero e testo e premi Riprova; se succede di nuovo, chiedi all'amministratore di controllare l'indirizzo del gateway e il proxy nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>Il gateway SMS su {host} rifiuta le richieste di SMS Desk (HTTP {status}) senza spiegarne il motivo; un proxy o un firewall intermedio potrebbe bloccarle. Chiedi all'amministratore di controllare l'indirizzo del gateway nelle Impostazioni; i messaggi restano in attesa finché non funziona.</translation>
        </message>
        <message>
            <source>The SMS gateway refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>Il gateway SMS rifiuta le richieste di SMS Desk (HTTP {status}) senza spiegarne il motivo; un proxy o un firewall intermedio potrebbe bloccarle. Chiedi all'amministratore di controllare l'indirizzo del gateway nelle Impostazioni; i messaggi restano in attesa finché non funziona.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>MIT licence</source>
            <translation>licenza MIT</translation>
        </message>
        <message>
            <source>About SMS Desk</source>
            <translation>Informazioni su SMS Desk</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Versione {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Send, receive and manage business SMS from your phone extension. Free software under the {licence}.</source>
            <translation>Invia, ricevi e gestisci SMS aziendali dal tuo interno telefonico. Software libero con {licence}.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Dati</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Copia diagnostica</translation>
        </message>
        <message>
            <source>Copies the `smsdesk doctor` report (it holds no secrets)</source>
            <translation>Copia il report di `smsdesk doctor` (non contiene dati segreti)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verifica in corso…</translation>
        </message>
        <message>
            <source>The diagnostics are on the clipboard: paste them into your message.</source>
            <translation>La diagnostica è negli appunti: incollala nel tuo messaggio.</translation>
        </message>
        <message>
            <source>The diagnostics could not be gathered. {reason}</source>
            <translation>Impossibile raccogliere la diagnostica. {reason}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Scelte rapide da tastiera</translation>
        </message>
    </context>
    <context>
        <name>Ingest</name>
        <message>
            <source>Back in Chats: new message from {sender}</source>
            <translation>Di nuovo in Chat: nuovo messaggio da {sender}</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>SMS Desk cannot start: its data folder (messages and database) should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <extracomment>Exit status of a start that could not go on. How long quitting waits for the threads, all together: a logout's session manager kills an app that takes much longer, and Quit should feel immediate (the process ends within 2 s).</extracomment>
            <translation>SMS Desk non può avviarsi: la cartella dei dati (messaggi e database) dovrebbe trovarsi in {folder}, ma {where} è un file, non una cartella. Sposta o rinomina quel file, poi avvia di nuovo SMS Desk.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its settings folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk non può avviarsi: la cartella delle impostazioni dovrebbe trovarsi in {folder}, ma {where} è un file, non una cartella. Sposta o rinomina quel file, poi avvia di nuovo SMS Desk.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its log folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk non può avviarsi: la cartella dei log dovrebbe trovarsi in {folder}, ma {where} è un file, non una cartella. Sposta o rinomina quel file, poi avvia di nuovo SMS Desk.</translation>
        </message>
        <message>
            <source>the disk there is read-only</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>il disco è di sola lettura</translation>
        </message>
        <message>
            <source>you are not allowed to write there</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>non hai i permessi di scrittura</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its data folder (messages and database) {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk non può avviarsi: non riesce a creare la cartella dei dati (messaggi e database) {folder} ({reason}). Rendi la cartella scrivibile per il tuo utente, oppure avvia SMS Desk con --home e una cartella in cui puoi scrivere (ad esempio: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its settings folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk non può avviarsi: non riesce a creare la cartella delle impostazioni {folder} ({reason}). Rendi la cartella scrivibile per il tuo utente, oppure avvia SMS Desk con --home e una cartella in cui puoi scrivere (ad esempio: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its log folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk non può avviarsi: non riesce a creare la cartella dei log {folder} ({reason}). Rendi la cartella scrivibile per il tuo utente, oppure avvia SMS Desk con --home e una cartella in cui puoi scrivere (ad esempio: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot write its log in {folder} ({reason}). Make that folder and the files in it writable for your user, or start SMS Desk with --home and a folder you can write to.</source>
            <translation>SMS Desk non può avviarsi: non riesce a scrivere il log in {folder} ({reason}). Rendi scrivibili per il tuo utente la cartella e i file che contiene, oppure avvia SMS Desk con --home e una cartella in cui puoi scrivere.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk non è riuscito ad avviarsi per un problema imprevisto ({problem}). Avvialo di nuovo; se succede ogni volta, invia il log al tuo referente IT.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). The details are in {log}. Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk non è riuscito ad avviarsi per un problema imprevisto ({problem}). I dettagli sono in {log}. Avvialo di nuovo; se succede ogni volta, invia quel log al tuo referente IT.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in with your phone extension (for example 101), not your email address</source>
            <translation>Accedi con il tuo interno telefonico (ad esempio 101), non con l'indirizzo email</translation>
        </message>
        <message>
            <source>Create the first account</source>
            <translation>Crea il primo account</translation>
        </message>
        <message>
            <source>Sign in to SMS Desk</source>
            <translation>Accedi a SMS Desk</translation>
        </message>
        <message>
            <source>Welcome to SMS Desk</source>
            <translation>Ti diamo il benvenuto in SMS Desk</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Accedi</translation>
        </message>
        <message>
            <source>Nobody has an account on this SMS Desk yet. Create yours: you will be its administrator and can add your colleagues later.</source>
            <translation>Nessuno ha ancora un account su questo SMS Desk. Crea il tuo: ne sarai l'amministratore e potrai aggiungere i colleghi in seguito.</translation>
        </message>
        <message>
            <source>Use your phone extension and your password.</source>
            <translation>Usa il tuo interno telefonico e la tua password.</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Interno</translation>
        </message>
        <message>
            <source>for example 101</source>
            <translation>ad esempio 101</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Il tuo nome</translation>
        </message>
        <message>
            <source>as colleagues will see it, e.g. Anna Smith</source>
            <translation>come lo vedranno i colleghi, ad es. Anna Rossi</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Ripeti password</translation>
        </message>
        <message>
            <source>Remember me</source>
            <translation>Ricordami</translation>
        </message>
        <message>
            <source>Waiting to sign in</source>
            <translation>In attesa di accesso</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problema di accesso</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Crea account</translation>
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation>&amp;Interno</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Il tuo &amp;nome</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>&amp;Ripeti password</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Inserisci la password.</translation>
        </message>
        <message>
            <source>Enter your name, as your colleagues will see it.</source>
            <translation>Inserisci il tuo nome, come lo vedranno i colleghi.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Le due password non coincidono. Digitale di nuovo.</translation>
        </message>
        <message>
            <source>No secure keyring is available to keep your password.</source>
            <translation>Non è disponibile un portachiavi sicuro in cui conservare la password.</translation>
        </message>
        <message>
            <source>Your password can't be remembered on this computer. {advice} You can still sign in: you will be asked for your password next time.</source>
            <translation>Su questo computer non è possibile memorizzare la password. {advice} Puoi comunque accedere: la password ti verrà richiesta la prossima volta.</translation>
        </message>
        <message>
            <source>After wrong sign-ins SMS Desk answers more slowly: wait {seconds} s.</source>
            <translation>Dopo accessi non riusciti SMS Desk risponde più lentamente: attendi {seconds} s.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Accesso in corso…</translation>
        </message>
        <message>
            <source>Signed in, but your password could not be remembered: {reason}</source>
            <translation>Accesso effettuato, ma non è stato possibile memorizzare la password: {reason}</translation>
        </message>
        <message>
            <source>Creating your account…</source>
            <translation>Creazione dell'account…</translation>
        </message>
        <message>
            <source>Signing in failed unexpectedly. Details are in the log file.</source>
            <translation>Accesso non riuscito per un errore imprevisto. I dettagli sono nel file di log.</translation>
        </message>
        <message>
            <source>{reason} The saved password no longer works: type your password.</source>
            <translation>{reason} La password salvata non funziona più: digita la tua password.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No conversation selected</source>
            <translation>Nessuna conversazione selezionata</translation>
        </message>
        <message>
            <source>Choose a conversation in the chat list to read and reply.</source>
            <translation>Scegli una conversazione nell'elenco chat per leggerla e rispondere.</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>C&amp;onversazione</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the title above the list of conversations (the same word as the Chats tab)
----------
a tab: the conversations still open (not archived)</extracomment>
            <translation>Chat</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Nuovo SMS</translation>
        </message>
        <message>
            <source>New SMS ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+N", "Strg+N")</extracomment>
            <translation>Nuovo SMS ({keys})</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Cerca conversazioni</translation>
        </message>
        <message>
            <source>Search names, numbers and messages</source>
            <translation>Cerca nomi, numeri e messaggi</translation>
        </message>
        <message>
            <source>Search ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+F", "Strg+F")</extracomment>
            <translation>Cerca ({keys})</translation>
        </message>
        <message>
            <source>Conversation lists</source>
            <translation>Elenchi delle conversazioni</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a tab: the conversations that were archived or dealt with</extracomment>
            <translation>Archiviate</translation>
        </message>
        <message>
            <source>No conversation matches “{text}”.</source>
            <translation>Nessuna conversazione corrisponde a «{text}».</translation>
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
            <translation>Immagine non mostrata: SMS Desk non mostra immagini {type}.</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image (no type given).</source>
            <translation>Immagine non mostrata: non è un'immagine (tipo non indicato).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image ({type}).</source>
            <translation>Immagine non mostrata: non è un'immagine ({type}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is too large ({size}, limit {limit}).</source>
            <translation>Immagine non mostrata: è troppo grande ({size}, limite {limit}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image, and it has no type.</source>
            <translation>Immagine non mostrata: non è una vera immagine (tipo non indicato).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image (labelled {type}).</source>
            <translation>Immagine non mostrata: non è una vera immagine (indicata come {type}).</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>Cancelled · {time}</source>
            <extracomment>under a scheduled message that was cancelled: "Cancelled · 14:05"</extracomment>
            <translation>Annullato · {time}</translation>
        </message>
        <message>
            <source>Picture not shown.</source>
            <translation>Immagine non mostrata.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <extracomment>under a failed message; {reason} is why ("The number is not valid.")</extracomment>
            <translation>Non inviato: {reason}</translation>
        </message>
        <message>
            <source>Not sent: the gateway refused it.</source>
            <translation>Non inviato: il gateway lo ha rifiutato.</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>link under a failed message: sends it again</extracomment>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>{event} · {time}</source>
            <extracomment>a history line in a conversation and its time: "Anna took over · 10:00"</extracomment>
            <translation>{event} · {time}</translation>
        </message>
        <message>
            <source>Picture could not be shown.</source>
            <translation>Impossibile mostrare l'immagine.</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Caricamento immagine…</translation>
        </message>
    </context>
    <context>
        <name>MessageStatus</name>
        <message>
            <source>waiting to send</source>
            <translation>in attesa di invio</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>invio in corso</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>inviato</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>consegnato</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>non inviato</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ricevuto</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>programmato</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annullato</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Messages</source>
            <translation>Messaggi</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copia testo</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>context-menu entry: sends a failed message again</extracomment>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>context-menu entry: gives up on a failed message (it shows as cancelled)</extracomment>
            <translation>Scarta</translation>
        </message>
        <message>
            <source>Edit scheduled message…</source>
            <translation>Modifica messaggio programmato…</translation>
        </message>
        <message>
            <source>Cancel scheduled message</source>
            <translation>Annulla messaggio programmato</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Could not load the messages. {reason}</source>
            <translation>Impossibile caricare i messaggi. {reason}</translation>
        </message>
        <message>
            <source>scheduled for today {time}</source>
            <extracomment>inside a sentence read aloud: "You, today at 16:02, scheduled for today 18:00: text"</extracomment>
            <translation>programmato per oggi alle {time}</translation>
        </message>
        <message>
            <source>Scheduled for today {time}</source>
            <extracomment>under a scheduled message: when it will be sent</extracomment>
            <translation>Programmato per oggi alle {time}</translation>
        </message>
        <message>
            <source>scheduled for {day} {time}</source>
            <extracomment>inside a sentence a screen reader speaks: {day} is "Thu" or "5 December"</extracomment>
            <translation>programmato per {day} alle {time}</translation>
        </message>
        <message>
            <source>Scheduled for {day} {time}</source>
            <extracomment>under a scheduled message: {day} is a weekday ("Thu") or a date ("5 December")</extracomment>
            <translation>Programmato per {day} alle {time}</translation>
        </message>
        <message>
            <source>Sent from the desk</source>
            <translation>Inviato dalla postazione</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Un collega</translation>
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
            <translation>Il contatto</translation>
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
            <translation>Tu</translation>
        </message>
    </context>
    <context>
        <name>NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation>Nuova conversazione</translation>
        </message>
        <message>
            <source>Type a contact's name or a mobile number.</source>
            <translation>Digita il nome di un contatto o un numero di cellulare.</translation>
        </message>
        <message>
            <source>Name or number</source>
            <translation>Nome o numero</translation>
        </message>
        <message>
            <source>Name or number, e.g. +1 415 555 0100</source>
            <translation>Nome o numero, ad es. +39 02 1234 5678</translation>
        </message>
        <message>
            <source>Number check</source>
            <translation>Verifica del numero</translation>
        </message>
        <message>
            <source>Start Chat</source>
            <translation>Avvia chat</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Use {number}</source>
            <extracomment>a button: use the corrected number shown</extracomment>
            <translation>Usa {number}</translation>
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation>Scegli un contatto dall'elenco.</translation>
        </message>
        <message>
            <source>No contact has this name. Type their number instead.</source>
            <translation>Nessun contatto ha questo nome. Digita invece il suo numero.</translation>
        </message>
        <message>
            <source>{country} number</source>
            <extracomment>{country} is a country's name: "Germany number" (a valid number's country)</extracomment>
            <translation>Numero ({country})</translation>
        </message>
        <message>
            <source>The conversation could not be opened. {reason}</source>
            <translation>Impossibile aprire la conversazione. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <source>New messages in %n more conversation(s).</source>
            <translation>
                <numerusform>Nuovi messaggi in %n altra conversazione.</numerusform>
                <numerusform>Nuovi messaggi in altre %n conversazioni.</numerusform>
            </translation>
        </message>
        <message>
            <source>New messages</source>
            <translation>Nuovi messaggi</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n new message(s))</source>
            <extracomment>a notification's title: who wrote, and how many messages are new</extracomment>
            <translation>
                <numerusform>{name} (%n nuovo messaggio)</numerusform>
                <numerusform>{name} (%n nuovi messaggi)</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Immagine</translation>
        </message>
        <message>
            <source>{name} transferred a conversation to you</source>
            <translation>{name} ti ha trasferito una conversazione</translation>
        </message>
        <message>
            <source>A colleague transferred a conversation to you</source>
            <translation>Un collega ti ha trasferito una conversazione</translation>
        </message>
        <message>
            <source>A customer. Note: “{note}”</source>
            <translation>Un cliente. Nota: «{note}»</translation>
        </message>
        <message>
            <source>A customer.</source>
            <translation>Un cliente.</translation>
        </message>
        <message>
            <source>{name}. Note: “{note}”</source>
            <extracomment>a notice's text: the conversation's name (a customer) and the colleague's note</extracomment>
            <translation>{name}. Nota: «{note}»</translation>
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
            <translation>Il provider segnala che questo numero si è disiscritto (errore {code}) il {day} — i messaggi verso questo numero sono bloccati</translation>
        </message>
        <message>
            <source>The carrier reports this number has unsubscribed on {day} — messages to it are blocked</source>
            <translation>Il provider segnala che questo numero si è disiscritto il {day} — i messaggi verso questo numero sono bloccati</translation>
        </message>
        <message>
            <source>This number replied {keyword} on {day} — messages to it are blocked</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Questo numero ha risposto {keyword} il {day} — i messaggi verso questo numero sono bloccati</translation>
        </message>
        <message>
            <source>Blocked — the carrier reports this number unsubscribed</source>
            <translation>Bloccato — il provider segnala che questo numero si è disiscritto</translation>
        </message>
        <message>
            <source>Blocked — this number replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Bloccato — questo numero ha risposto {keyword}</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed (error {code})</source>
            <translation>Disiscritto: il provider segnala che questo numero si è disiscritto (errore {code})</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed</source>
            <translation>Disiscritto: il provider segnala che questo numero si è disiscritto</translation>
        </message>
        <message>
            <source>Opted out: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Disiscritto: ha risposto {keyword}</translation>
        </message>
        <message>
            <source>Opted back in: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (START, UNSTOP, YES), not translated</extracomment>
            <translation>Di nuovo iscritto: ha risposto {keyword}</translation>
        </message>
        <message>
            <source>This number has opted out of messages from this desk, so it was not sent. They must text START before you can message them again.</source>
            <extracomment>The reason a message to an opted-out number is refused (stored as its failure reason): marked here, translated where it is used (``refused()``).</extracomment>
            <translation>Questo numero si è disiscritto dai messaggi di questa postazione, quindi il messaggio non è stato inviato. Deve scrivere START prima che tu possa inviargli di nuovo messaggi.</translation>
        </message>
    </context>
    <context>
        <name>Outbound</name>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Questa conversazione non esiste più</translation>
        </message>
        <message>
            <source>Only a failed message can be sent again</source>
            <translation>Si può inviare di nuovo solo un messaggio non riuscito</translation>
        </message>
        <message>
            <source>Only a failed message can be discarded</source>
            <translation>Si può scartare solo un messaggio non riuscito</translation>
        </message>
        <message>
            <source>Scheduled message cancelled: they replied first</source>
            <translation>Messaggio programmato annullato: il contatto ha risposto prima</translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled message(s) cancelled: they replied first</source>
            <translation>
                <numerusform>%n messaggio programmato annullato: il contatto ha risposto prima</numerusform>
                <numerusform>%n messaggi programmati annullati: il contatto ha risposto prima</numerusform>
            </translation>
        </message>
        <message>
            <source>This scheduled message was cancelled already.</source>
            <translation>Questo messaggio programmato era già stato annullato.</translation>
        </message>
        <message>
            <source>Too late: it has been sent.</source>
            <translation>Troppo tardi: è stato inviato.</translation>
        </message>
        <message>
            <source>Too late: it was sent and failed.</source>
            <translation>Troppo tardi: è stato inviato e non è riuscito.</translation>
        </message>
        <message>
            <source>Too late: it is being sent.</source>
            <translation>Troppo tardi: è in fase di invio.</translation>
        </message>
        <message>
            <source>This message is not scheduled.</source>
            <translation>Questo messaggio non è programmato.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The gateway's message id {sid} already belongs to another message</source>
            <extracomment>The outbox state of a message whose answer was lost where the gateway has no list to look it up in (Telnyx), once the wait for the carrier's event is over: the message shows FAILED with a sentence saying SMS Desk cannot tell whether it went; the user Retries it (``Outbound.retry``: a new attempt) or Discards it (``Outbound.discard``). The row is kept, never due, so that a late event of the carrier can still match it (``adopt_lost``). The error code of such a message (carriers' codes are positive): the UI says "cannot tell whether it went", not "not sent".</extracomment>
            <translation>L'ID messaggio del gateway {sid} appartiene già a un altro messaggio</translation>
        </message>
    </context>
    <context>
        <name>Ownership</name>
        <message>
            <source>Transferred from {owner} to {colleague} — {note}</source>
            <translation>Trasferita da {owner} a {colleague} — {note}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by} — {note}</source>
            <translation>{by} ha trasferito la conversazione da {owner} a {colleague} — {note}</translation>
        </message>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Questa conversazione non esiste più</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more. Try again.</source>
            <translation>Questa conversazione non è più assegnata a nessuno. Riprova.</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Un collega</translation>
        </message>
        <message>
            <source>{colleague} took over from {owner}</source>
            <translation>{colleague} ha preso in carico la conversazione al posto di {owner}</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more.</source>
            <translation>Questa conversazione non è più assegnata a nessuno.</translation>
        </message>
        <message>
            <source>{owner} took this conversation meanwhile.</source>
            <translation>Nel frattempo {owner} ha preso in carico questa conversazione.</translation>
        </message>
        <message>
            <source>A transfer note can be at most {most} characters long; this one has {count}.</source>
            <translation>Una nota di trasferimento può avere al massimo {most} caratteri; questa ne ha {count}.</translation>
        </message>
        <message>
            <source>Choose a colleague to transfer it to, not yourself.</source>
            <translation>Scegli un collega a cui trasferirla, non te stesso.</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague}</source>
            <translation>Trasferita da {owner} a {colleague}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by}</source>
            <translation>{by} ha trasferito la conversazione da {owner} a {colleague}</translation>
        </message>
        <message>
            <source>That colleague's account no longer exists.</source>
            <translation>L'account di quel collega non esiste più.</translation>
        </message>
        <message>
            <source>That colleague's account is disabled.</source>
            <translation>L'account di quel collega è disattivato.</translation>
        </message>
        <message>
            <source>{owner} already owns it.</source>
            <translation>È già assegnata a {owner}.</translation>
        </message>
        <message>
            <source>Someone changed who owns it just now. Try again.</source>
            <translation>Qualcuno ha appena cambiato l'assegnatario. Riprova.</translation>
        </message>
        <message>
            <source>Marked dealt with by {colleague}</source>
            <translation>Segnata come gestita da {colleague}</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can archive it.</source>
            <translation>{owner} sta rispondendo a questa conversazione; solo l'assegnatario o un amministratore può archiviarla.</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can mark it dealt with.</source>
            <translation>{owner} sta rispondendo a questa conversazione; solo l'assegnatario o un amministratore può segnarla come gestita.</translation>
        </message>
        <message>
            <source>Archived by {colleague}</source>
            <translation>Archiviata da {colleague}</translation>
        </message>
        <message>
            <source>Moved back to Chats by {colleague}</source>
            <translation>Riportata in Chat da {colleague}</translation>
        </message>
        <message>
            <source>A former colleague</source>
            <translation>Un ex collega</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change conversations. Ask an administrator.</source>
            <translation>Il tuo account è disattivato, quindi non puoi modificare le conversazioni. Rivolgiti a un amministratore.</translation>
        </message>
        <message>
            <source>{colleague} undid Dealt with</source>
            <translation>«Gestita» annullata da {colleague}</translation>
        </message>
        <message>
            <source>{colleague} undid Archive</source>
            <translation>«Archivia» annullata da {colleague}</translation>
        </message>
        <message>
            <source>It can no longer be undone: a new message arrived in the conversation.</source>
            <translation>Non è più possibile annullare: è arrivato un nuovo messaggio nella conversazione.</translation>
        </message>
        <message>
            <source>It can no longer be undone: {owner} is answering the conversation now.</source>
            <translation>Non è più possibile annullare: ora {owner} sta rispondendo alla conversazione.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation is back in Chats.</source>
            <translation>Non è più possibile annullare: la conversazione è tornata in Chat.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the account of the colleague who owned the conversation is disabled.</source>
            <translation>Non è più possibile annullare: l'account del collega a cui apparteneva la conversazione è disattivato.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation was changed meanwhile.</source>
            <translation>Non è più possibile annullare: la conversazione è stata modificata nel frattempo.</translation>
        </message>
    </context>
    <context>
        <name>PaneAndList</name>
        <message>
            <source>This conversation was moved to Archived.</source>
            <extracomment>a status message: a conversation open here was archived elsewhere (not by you here)</extracomment>
            <translation>Questa conversazione è stata spostata in Archiviate.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by a colleague.</source>
            <extracomment>a status message: a colleague archived (or marked dealt with) the open conversation</extracomment>
            <translation>Questa conversazione è stata spostata in Archiviate da un collega.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by {colleague}.</source>
            <extracomment>a status message: {colleague} is who archived it, "Anna Smith (101)"</extracomment>
            <translation>Questa conversazione è stata spostata in Archiviate da {colleague}.</translation>
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <source>{peer} is a sender name, not a phone number: carriers don't deliver replies to it, so SMS Desk can't send it a message.</source>
            <translation>{peer} è un nome mittente, non un numero di telefono: gli operatori non gli consegnano risposte, quindi SMS Desk non può inviargli un messaggio.</translation>
        </message>
        <message>
            <source>This is not a phone number. Type digits, for example {example}.</source>
            <translation>Questo non è un numero di telefono. Digita delle cifre, ad esempio {example}.</translation>
        </message>
        <message>
            <source>This looks like a landline: SMS may not arrive. You can still send.</source>
            <translation>Sembra un numero fisso: l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>This is a toll-free number: SMS may not arrive. You can still send.</source>
            <translation>Questo è un numero verde: l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>This is a premium-rate number: SMS may not arrive. You can still send.</source>
            <translation>Questo è un numero a tariffazione speciale: l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>This is a shared-cost number: SMS may not arrive. You can still send.</source>
            <translation>Questo è un numero a costo condiviso: l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>This is an internet (VoIP) number: SMS may not arrive. You can still send.</source>
            <translation>Questo è un numero Internet (VoIP): l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>This is a company switchboard (UAN) number: SMS may not arrive. You can still send.</source>
            <translation>Questo è il numero di un centralino aziendale (UAN): l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>This is a voicemail access number: SMS may not arrive. You can still send.</source>
            <translation>Questo è un numero di accesso alla segreteria: l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>This is a pager number: SMS may not arrive. You can still send.</source>
            <translation>Questo è il numero di un cercapersone: l'SMS potrebbe non arrivare. Puoi comunque inviarlo.</translation>
        </message>
        <message>
            <source>Mobile number</source>
            <translation>Numero di cellulare</translation>
        </message>
        <message>
            <source>Mobile or landline number</source>
            <translation>Numero di cellulare o fisso</translation>
        </message>
        <message>
            <source>Landline number</source>
            <translation>Numero fisso</translation>
        </message>
        <message>
            <source>Toll-free number</source>
            <translation>Numero verde</translation>
        </message>
        <message>
            <source>Premium-rate number</source>
            <translation>Numero a tariffazione speciale</translation>
        </message>
        <message>
            <source>Shared-cost number</source>
            <translation>Numero a costo condiviso</translation>
        </message>
        <message>
            <source>Internet (VoIP) number</source>
            <translation>Numero Internet (VoIP)</translation>
        </message>
        <message>
            <source>Personal number</source>
            <translation>Numero personale</translation>
        </message>
        <message>
            <source>Pager number</source>
            <translation>Numero di cercapersone</translation>
        </message>
        <message>
            <source>Company switchboard number</source>
            <translation>Numero del centralino aziendale</translation>
        </message>
        <message>
            <source>Voicemail access number</source>
            <translation>Numero di accesso alla segreteria</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numero di telefono</translation>
        </message>
        <message>
            <source>Mobile number ({country})</source>
            <translation>Numero di cellulare ({country})</translation>
        </message>
        <message>
            <source>Mobile or landline number ({country})</source>
            <translation>Numero di cellulare o fisso ({country})</translation>
        </message>
        <message>
            <source>Landline number ({country})</source>
            <translation>Numero fisso ({country})</translation>
        </message>
        <message>
            <source>Toll-free number ({country})</source>
            <translation>Numero verde ({country})</translation>
        </message>
        <message>
            <source>Premium-rate number ({country})</source>
            <translation>Numero a tariffazione speciale ({country})</translation>
        </message>
        <message>
            <source>Shared-cost number ({country})</source>
            <translation>Numero a costo condiviso ({country})</translation>
        </message>
        <message>
            <source>Internet (VoIP) number ({country})</source>
            <translation>Numero Internet (VoIP) ({country})</translation>
        </message>
        <message>
            <source>Personal number ({country})</source>
            <translation>Numero personale ({country})</translation>
        </message>
        <message>
            <source>Pager number ({country})</source>
            <translation>Numero di cercapersone ({country})</translation>
        </message>
        <message>
            <source>Company switchboard number ({country})</source>
            <translation>Numero del centralino aziendale ({country})</translation>
        </message>
        <message>
            <source>Voicemail access number ({country})</source>
            <translation>Numero di accesso alla segreteria ({country})</translation>
        </message>
        <message>
            <source>Phone number ({country})</source>
            <translation>Numero di telefono ({country})</translation>
        </message>
        <message>
            <source>Add the country code: start with +, for example {example}.</source>
            <translation>Aggiungi il prefisso internazionale: inizia con +, ad esempio {example}.</translation>
        </message>
        <message>
            <source>{code} is not a country code. Check the digits after the {prefix}.</source>
            <translation>{code} non è un prefisso internazionale. Controlla le cifre dopo {prefix}.</translation>
        </message>
        <message>
            <source>This number is too short for {country} numbers — check for missing digits.</source>
            <translation>Questo numero è troppo corto per i numeri di questo paese ({country}) — controlla se mancano cifre.</translation>
        </message>
        <message>
            <source>This number is too short — check for missing digits.</source>
            <translation>Questo numero è troppo corto — controlla se mancano cifre.</translation>
        </message>
        <message>
            <source>This number is too long for {country} numbers — check for extra digits.</source>
            <translation>Questo numero è troppo lungo per i numeri di questo paese ({country}) — controlla se ci sono cifre di troppo.</translation>
        </message>
        <message>
            <source>This number is too long — check for extra digits.</source>
            <translation>Questo numero è troppo lungo — controlla se ci sono cifre di troppo.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits for {country} numbers — check for missing or extra digits.</source>
            <translation>Questo numero ha un numero di cifre errato per i numeri di questo paese ({country}) — controlla se mancano cifre o ce ne sono di troppo.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits — check for missing or extra digits.</source>
            <translation>Questo numero ha un numero di cifre errato — controlla se mancano cifre o ce ne sono di troppo.</translation>
        </message>
        <message>
            <source>This looks like a local number without its area code: add the area code.</source>
            <translation>Sembra un numero locale senza prefisso: aggiungi il prefisso.</translation>
        </message>
        <message>
            <source>No {country} numbers start like this. Check the digits.</source>
            <translation>Nessun numero di questo paese ({country}) inizia così. Controlla le cifre.</translation>
        </message>
        <message>
            <source>No numbers start like this. Check the digits.</source>
            <translation>Nessun numero inizia così. Controlla le cifre.</translation>
        </message>
        <message>
            <source>Did you mean {number}? ({country})</source>
            <translation>Intendevi {number}? ({country})</translation>
        </message>
        <message>
            <source>Did you mean {number}?</source>
            <translation>Intendevi {number}?</translation>
        </message>
        <message>
            <source>SMS cannot reach extension {extension}. Remove it to text {number}.</source>
            <translation>Gli SMS non possono raggiungere l'interno {extension}. Rimuovilo per scrivere a {number}.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk cannot text emergency services. Call {number} instead.</source>
            <translation>{number} è un numero di emergenza: SMS Desk non può inviare SMS ai servizi di emergenza. Chiama invece il {number}.</translation>
        </message>
        <message>
            <source>Short code ({country})</source>
            <translation>Short code ({country})</translation>
        </message>
        <message>
            <source>This is a short code: it works only within {country}, and only if your gateway can send to short codes.</source>
            <translation>Questo è uno short code: funziona solo nel suo paese ({country}) e solo se il tuo gateway può inviare agli short code.</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>Short code</translation>
        </message>
        <message>
            <source>This is a short code: it works only within its country, and only if your gateway can send to short codes.</source>
            <translation>Questo è uno short code: funziona solo nel suo paese e solo se il tuo gateway può inviare agli short code.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Sending pictures needs a public address for them: set it in Settings → Gateway (Public media URL base, and the folder published there).</source>
            <translation>Per inviare immagini serve un indirizzo pubblico: impostalo in Impostazioni → Gateway (URL di base pubblico per i media e la cartella pubblicata a quell'indirizzo).</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most {most} pictures; these are %n. Send them in two messages.</source>
            <translation>
                <numerusform>Un messaggio può contenere al massimo {most} immagini; questa è %n. Inviale in due messaggi.</numerusform>
                <numerusform>Un messaggio può contenere al massimo {most} immagini; queste sono %n. Inviale in due messaggi.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>Impossibile leggere {name}: {reason}.</translation>
        </message>
        <message>
            <source>A picture could not be read: {reason}.</source>
            <translation>Impossibile leggere un'immagine: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</source>
            <translation>
                <numerusform>Questa %n immagine è troppo grande da inviare ({size}, limite {limit}). Inviala in due messaggi.</numerusform>
                <numerusform>Queste %n immagini sono troppo grandi per inviarle insieme ({size}, limite {limit}). Inviale in due messaggi.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is too large to send ({size}, limit {limit}).</source>
            <translation>{name} è troppo grande da inviare ({size}, limite {limit}).</translation>
        </message>
        <message>
            <source>{name} can't be sent: only JPEG, PNG, GIF and WebP pictures can.</source>
            <translation>Impossibile inviare {name}: si possono inviare solo immagini JPEG, PNG, GIF e WebP.</translation>
        </message>
        <message>
            <source>The picture could not be put in the folder for sent pictures ({folder}): {reason}.</source>
            <translation>Impossibile mettere l'immagine nella cartella delle immagini inviate ({folder}): {reason}.</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>window title of a picture shown full size</extracomment>
            <translation>Immagine</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Caricamento immagine…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salva con nome…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the picture's window</extracomment>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>This picture could not be shown: it is damaged or gone.</source>
            <translation>Impossibile mostrare questa immagine: è danneggiata o non esiste più.</translation>
        </message>
        <message>
            <source>Save picture</source>
            <translation>Salva immagine</translation>
        </message>
    </context>
    <context>
        <name>PopupStack</name>
        <message numerus="yes">
            <source>+%n more</source>
            <extracomment>under the pop-ups: how many more are waiting, hidden</extracomment>
            <translation>
                <numerusform>+%n in più</numerusform>
                <numerusform>+%n in più</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Popups</name>
        <message>
            <source>Close</source>
            <extracomment>a button: closes this pop-up (the conversation stays as it is)</extracomment>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Chiudi (Esc)</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>what the pop-up's text is: the SMS received</extracomment>
            <translation>Messaggio</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a button: opens a box in the pop-up to answer the SMS</extracomment>
            <translation>Rispondi</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a button: the SMS was seen; the conversation no longer counts as unread</extracomment>
            <translation>Segna come letto</translation>
        </message>
        <message>
            <source>Open</source>
            <extracomment>a button: shows the conversation in the main window</extracomment>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>a button: sends the reply typed in the pop-up</extracomment>
            <translation>Invia</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Lunghezza del messaggio</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>Stato dell'invio</translation>
        </message>
        <message>
            <source>Opted out</source>
            <extracomment>what the line under the message says: why no reply can be sent</extracomment>
            <translation>Disiscritto</translation>
        </message>
        <message>
            <source>New SMS from {name}</source>
            <translation>Nuovo SMS da {name}</translation>
        </message>
        <message>
            <source>Say something</source>
            <translation>Scrivi qualcosa</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Immagine</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n nuovo messaggio</numerusform>
                <numerusform>%n nuovi messaggi</numerusform>
            </translation>
        </message>
        <message>
            <source>New SMS from {name}: {text}</source>
            <translation>Nuovo SMS da {name}: {text}</translation>
        </message>
        <message>
            <source>Enter sends · Shift+Enter: new line</source>
            <translation>Invio per inviare · Maiusc+Invio: a capo</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Press Enter again to send anyway.</source>
            <translation>Alcune variabili non sono compilate: {names}. Premi di nuovo Invio per inviare comunque.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Invio in corso…</translation>
        </message>
        <message>
            <source>Sent</source>
            <extracomment>the reply's status: the carrier took it</extracomment>
            <translation>Inviato</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Non inviato: {reason}</translation>
        </message>
        <message>
            <source>Not sent: refused.</source>
            <translation>Non inviato: rifiutato.</translation>
        </message>
    </context>
    <context>
        <name>QuestionBar</name>
        <message>
            <source>{colleague} is answering this conversation. Take over from {first_name} and send? {first_name} sees that you took over.</source>
            <translation>{colleague} sta rispondendo a questa conversazione. Vuoi prenderla in carico al posto di {first_name} e inviare? {first_name} vedrà che l'hai presa in carico.</translation>
        </message>
        <message>
            <source>Take over and send</source>
            <extracomment>button: takes the conversation over from the colleague, then sends the message</extracomment>
            <translation>Prendi in carico e invia</translation>
        </message>
        <message>
            <source>Send now</source>
            <extracomment>button: sends the message now, although it is night for them</extracomment>
            <translation>Invia ora</translation>
        </message>
        <message>
            <source>{colleague} is answering this conversation, and it is {now} for {who} ({zone}). Take over from {first_name} and send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>{colleague} sta rispondendo a questa conversazione, e per {who} sono le {now} ({zone}). Vuoi prenderla in carico al posto di {first_name} e inviare comunque ora?</translation>
        </message>
        <message>
            <source>Take over and send now</source>
            <extracomment>button: takes the conversation over and sends now, although it is night for them</extracomment>
            <translation>Prendi in carico e invia ora</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}.</source>
            <extracomment>said before the question about quiet hours or taking over: two whole sentences</extracomment>
            <translation>Alcune variabili non sono compilate: {names}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>button: sends nothing and keeps the message in the box</extracomment>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>QuietHours</name>
        <message>
            <source>It is {now} for them ({zone} time), outside the hours you text customers ({start} to {end}). Send now anyway, or send at {start} their time?</source>
            <extracomment>{zone} is a time zone's city ("Los Angeles"); times are 24-hour ("08:00")</extracomment>
            <translation>Per il destinatario sono le {now} (ora di {zone}), fuori dall'orario in cui scrivi ai clienti ({start}–{end}). Vuoi inviare comunque ora o alle {start} nell'ora del destinatario?</translation>
        </message>
        <message>
            <source>It is {now} for {who} ({zone}). Send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>Per {who} sono le {now} ({zone}). Inviare comunque ora?</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>A number is empty.</source>
            <extracomment>Which value of a record a sentence is about (a key: each has its own whole sentences).</extracomment>
            <translation>Un numero è vuoto.</translation>
        </message>
        <message>
            <source>The sender is empty.</source>
            <translation>Il mittente è vuoto.</translation>
        </message>
        <message>
            <source>The number it was sent to is empty.</source>
            <translation>Il numero a cui è stato inviato è vuoto.</translation>
        </message>
        <message>
            <source>A number is longer than {most} characters.</source>
            <translation>Un numero supera i {most} caratteri.</translation>
        </message>
        <message>
            <source>The sender is longer than {most} characters.</source>
            <translation>Il mittente supera i {most} caratteri.</translation>
        </message>
        <message>
            <source>The number it was sent to is longer than {most} characters.</source>
            <translation>Il numero a cui è stato inviato supera i {most} caratteri.</translation>
        </message>
        <message>
            <source>A number holds a NUL character, which the database can't keep.</source>
            <translation>Un numero contiene un carattere NUL, che il database non può conservare.</translation>
        </message>
        <message>
            <source>The sender holds a NUL character, which the database can't keep.</source>
            <translation>Il mittente contiene un carattere NUL, che il database non può conservare.</translation>
        </message>
        <message>
            <source>The number it was sent to holds a NUL character, which the database can't keep.</source>
            <translation>Il numero a cui è stato inviato contiene un carattere NUL, che il database non può conservare.</translation>
        </message>
        <message>
            <source>Its text holds a NUL character, which the database can't keep.</source>
            <translation>Il suo testo contiene un carattere NUL, che il database non può conservare.</translation>
        </message>
        <message>
            <source>Its message id holds a NUL character, which the database can't keep.</source>
            <translation>Il suo ID messaggio contiene un carattere NUL, che il database non può conservare.</translation>
        </message>
        <message>
            <source>A number holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Un numero contiene un carattere danneggiato (metà di un'emoji: un surrogato isolato).</translation>
        </message>
        <message>
            <source>The sender holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Il mittente contiene un carattere danneggiato (metà di un'emoji: un surrogato isolato).</translation>
        </message>
        <message>
            <source>The number it was sent to holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Il numero a cui è stato inviato contiene un carattere danneggiato (metà di un'emoji: un surrogato isolato).</translation>
        </message>
        <message>
            <source>Its text holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Il suo testo contiene un carattere danneggiato (metà di un'emoji: un surrogato isolato).</translation>
        </message>
        <message>
            <source>Its message id holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Il suo ID messaggio contiene un carattere danneggiato (metà di un'emoji: un surrogato isolato).</translation>
        </message>
        <message>
            <source>The gateway gave it no message id.</source>
            <translation>Il gateway non gli ha assegnato un ID messaggio.</translation>
        </message>
        <message>
            <source>Its message id is longer than {most} characters.</source>
            <translation>Il suo ID messaggio supera i {most} caratteri.</translation>
        </message>
    </context>
    <context>
        <name>Scheduling</name>
        <message>
            <source>Edit scheduled message</source>
            <translation>Modifica messaggio programmato</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Invia più tardi</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy  HH:mm</source>
            <extracomment>a Qt date-time format (ddd, d, MMM, yyyy, HH, mm; "h:mm AP" for a 12-hour clock)</extracomment>
            <translation>ddd d MMM yyyy  HH:mm</translation>
        </message>
        <message>
            <source>Send at</source>
            <extracomment>label of the date and time a scheduled message goes</extracomment>
            <translation>Data e ora di invio</translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>Tra %n ora</numerusform>
                <numerusform>Tra %n ore</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation>Domani alle {time}</translation>
        </message>
        <message>
            <source>Cancel if they reply first</source>
            <translation>Annulla se risponde prima</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Lunghezza del messaggio</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programma</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>screen-reader name of the quoted text of the message being scheduled</extracomment>
            <translation>Messaggio</translation>
        </message>
        <message>
            <source>“{message}”</source>
            <extracomment>the message being scheduled, in the language's quotation marks</extracomment>
            <translation>«{message}»</translation>
        </message>
        <message>
            <source>Your time ({zone}).</source>
            <extracomment>under the date and time: they are in the computer's time zone ("CET")</extracomment>
            <translation>Ora del tuo computer ({zone}).</translation>
        </message>
        <message>
            <source>Choose a time at least a minute from now.</source>
            <translation>Scegli un orario ad almeno un minuto da adesso.</translation>
        </message>
        <message>
            <source>Type the message to send.</source>
            <translation>Scrivi il messaggio da inviare.</translation>
        </message>
        <message>
            <source>The message is too long to send.</source>
            <translation>Il messaggio è troppo lungo da inviare.</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <extracomment>the user's own time of a scheduled send, e.g. "tomorrow 16:00"</extracomment>
            <translation>domani alle {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>the user's own time of a scheduled send; {day} is a weekday ("Thu")</extracomment>
            <translation>{day} alle {time}</translation>
        </message>
        <message>
            <source>Take over and send at {their_time} their time — {your_time} yours</source>
            <translation>Prendi in carico e invia alle {their_time} (ora del destinatario) — le tue {your_time}</translation>
        </message>
        <message>
            <source>Send at {their_time} their time — {your_time} yours</source>
            <extracomment>button: schedules the message for the morning where the recipient is</extracomment>
            <translation>Invia alle {their_time} (ora del destinatario) — le tue {your_time}</translation>
        </message>
        <message>
            <source>Take over and send at {time}</source>
            <translation>Prendi in carico e invia alle {time}</translation>
        </message>
        <message>
            <source>Send at {time}</source>
            <translation>Invia alle {time}</translation>
        </message>
        <message>
            <source>Scheduled for {their_time} their time — {your_time} yours</source>
            <extracomment>under a scheduled message: when it goes, on the recipient's clock and on the user's</extracomment>
            <translation>Programmato per le {their_time} (ora del destinatario) — le tue {your_time}</translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <source>{characters} / {limit} characters — too long to send. Shorten it or split it in two.</source>
            <translation>{characters} / {limit} caratteri — troppo lungo da inviare. Accorcialo o dividilo in due.</translation>
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
                <numerusform>{characters} caratteri · %n SMS</numerusform>
                <numerusform>{characters} caratteri · %n SMS</numerusform>
            </translation>
        </message>
        <message>
            <source>Unicode because of {characters}</source>
            <extracomment>{characters} lists the characters that need Unicode (UCS-2) encoding</extracomment>
            <translation>Unicode per via di {characters}</translation>
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
                <numerusform>%n messaggio messo da parte</numerusform>
                <numerusform>%n messaggi messi da parte</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>a day and a time of day: "Tuesday 14:05", "5 Dec 14:05"</extracomment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>No message id</source>
            <translation>Nessun ID messaggio</translation>
        </message>
        <message>
            <source>{sid} · {when} (waiting to be tried again)</source>
            <extracomment>a message set aside: its id and when it came, asked to be fetched again</extracomment>
            <translation>{sid} · {when} (in attesa di un nuovo tentativo)</translation>
        </message>
        <message>
            <source>{sid} · {when}</source>
            <extracomment>a message set aside: its id and when it came</extracomment>
            <translation>{sid} · {when}</translation>
        </message>
        <message>
            <source>Messages from the gateway that could not be stored. Show them.</source>
            <translation>Messaggi dal gateway che non è stato possibile salvare. Mostrali.</translation>
        </message>
        <message>
            <source>Messages set aside</source>
            <translation>Messaggi messi da parte</translation>
        </message>
        <message>
            <source>These messages came from the SMS gateway but could not be stored; every other message arrived as usual. Try again fetches them from the gateway again; Dismiss takes them off this list.</source>
            <translation>Questi messaggi sono arrivati dal gateway SMS ma non è stato possibile salvarli; tutti gli altri messaggi sono arrivati normalmente. «Riprova» li recupera di nuovo dal gateway; «Ignora» li toglie da questo elenco.</translation>
        </message>
        <message>
            <source>What the gateway sent:</source>
            <translation>Cosa ha inviato il gateway:</translation>
        </message>
        <message>
            <source>What the gateway sent</source>
            <translation>Cosa ha inviato il gateway</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignora</translation>
        </message>
        <message>
            <source>Fetch the selected messages again and store them</source>
            <translation>Recupera di nuovo i messaggi selezionati e salvali</translation>
        </message>
        <message>
            <source>Take the selected messages off this list</source>
            <translation>Togli i messaggi selezionati da questo elenco</translation>
        </message>
        <message>
            <source>Nothing is set aside.</source>
            <translation>Non c'è nulla di messo da parte.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{key} must be "" (the desktop's) or one of {codes}</source>
            <extracomment>{codes}: the language codes SMS Desk ships ("de", "fr" …)</extracomment>
            <translation>{key} deve essere "" (la lingua del desktop) o uno tra {codes}</translation>
        </message>
        <message>
            <source>{key} must be {choice}</source>
            <translation>{key} deve essere {choice}</translation>
        </message>
        <message>
            <source>{key} must be {choices} or {last}</source>
            <extracomment>{choices}: the carriers' keys separated by commas, {last}: the last key</extracomment>
            <translation>{key} deve essere {choices} o {last}</translation>
        </message>
        <message>
            <source>{key} must be an object of texts</source>
            <translation>{key} deve essere un oggetto di testi</translation>
        </message>
        <message>
            <source>{key} must be a number from 1 to 300</source>
            <translation>{key} deve essere un numero da 1 a 300</translation>
        </message>
        <message>
            <source>{key} must be a two-letter country code such as {example}</source>
            <translation>{key} deve essere un codice paese di due lettere come {example}</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 2 to 120</source>
            <translation>{key} deve essere un numero intero da 2 a 120</translation>
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation>{key} deve essere true o false</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 1 to 15</source>
            <translation>{key} deve essere un numero intero da 1 a 15</translation>
        </message>
        <message>
            <source>{key} must be a time such as {example}</source>
            <translation>{key} deve essere un orario come {example}</translation>
        </message>
        <message>
            <source>{key} must be text</source>
            <translation>{key} deve essere un testo</translation>
        </message>
        <message numerus="yes">
            <source>it is larger than %Ln bytes</source>
            <translation>
                <numerusform>supera %Ln byte</numerusform>
                <numerusform>supera %Ln byte</numerusform>
            </translation>
        </message>
        <message>
            <source>the file does not hold a JSON object</source>
            <translation>il file non contiene un oggetto JSON</translation>
        </message>
        <message>
            <source>it is nested too deeply to be settings</source>
            <translation>è annidato troppo in profondità per essere un file di impostazioni</translation>
        </message>
        <message>
            <source>In {path}: {problem}; the default is used instead.</source>
            <translation>In {path}: {problem}; viene usato il valore predefinito.</translation>
        </message>
        <message>
            <source>In {path}: {least} is larger than {most}; the defaults (2 to 8) are used instead.</source>
            <translation>In {path}: {least} è maggiore di {most}; vengono usati i valori predefiniti (da 2 a 8).</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). It was set aside as {moved}, and SMS Desk started with default settings: open Settings (Ctrl+,) to set them again.</source>
            <translation>Impossibile leggere il file delle impostazioni {path} ({reason}). È stato messo da parte come {moved} e SMS Desk si è avviato con le impostazioni predefinite: apri le Impostazioni (Ctrl+,) per impostarle di nuovo.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk started with default settings; delete or fix the file to stop seeing this.</source>
            <translation>Impossibile leggere il file delle impostazioni {path} ({reason}). SMS Desk si è avviato con le impostazioni predefinite; elimina o correggi il file per non vedere più questo messaggio.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk starts with default settings until it is fixed or removed.</source>
            <translation>Impossibile leggere il file delle impostazioni {path} ({reason}). SMS Desk usa le impostazioni predefinite finché il file non viene corretto o rimosso.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>no secure keyring: can't be saved</source>
            <translation>nessun portachiavi sicuro: impossibile salvarla</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>All settings</source>
            <translation>Tutte le impostazioni</translation>
        </message>
        <message>
            <source>Secrets can't be saved on this computer: {advice}</source>
            <translation>Su questo computer non è possibile salvare i dati segreti: {advice}</translation>
        </message>
        <message>
            <source>Quiet hours: the sending window must start before it ends.</source>
            <translation>Orario di silenzio: la fascia di invio deve iniziare prima di finire.</translation>
        </message>
        <message>
            <source>To send pictures, fill in both the Public media URL base and the folder published at that address (or leave both empty).</source>
            <translation>Per inviare immagini, compila sia l'URL di base pubblico per i media sia la cartella pubblicata a quell'indirizzo (oppure lasciali vuoti entrambi).</translation>
        </message>
        <message>
            <source>The Public media URL base must start with https:// so the gateway can fetch the pictures.</source>
            <translation>L'URL di base pubblico per i media deve iniziare con https:// perché il gateway possa scaricare le immagini.</translation>
        </message>
        <message>
            <source>This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</source>
            <translation>Questo non è un URL di database. Esempi: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</translation>
        </message>
        <message>
            <source>Don't put the password in the URL: type it in Database password, so it is kept in the keyring.</source>
            <translation>Non inserire la password nell'URL: digitala in «Password del database», così viene conservata nel portachiavi.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Verifica in corso…</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Inserisci {field}: per questo account non ne è salvato nessuno.</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}” ({status}).</source>
            <translation>Connesso: il gateway ha accettato «{name}» ({status}).</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}”.</source>
            <translation>Connesso: il gateway ha accettato «{name}».</translation>
        </message>
        <message>
            <source>The test failed unexpectedly. Details are in the log file.</source>
            <translation>Test non riuscito per un errore imprevisto. I dettagli sono nel file di log.</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account yet.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Inserisci {field}: per questo account non ne è ancora stato salvato nessuno.</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>Non è stato salvato nulla. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings file {file} can't be written ({reason}).</source>
            <translation>Non è stato salvato nulla: impossibile scrivere il file delle impostazioni {file} ({reason}).</translation>
        </message>
        <message>
            <source>Saving failed unexpectedly. Details are in the log file.</source>
            <translation>Salvataggio non riuscito per un errore imprevisto. I dettagli sono nel file di log.</translation>
        </message>
        <message>
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <source>Public media URL base</source>
            <translation>URL di base pubblico per i media</translation>
        </message>
        <message>
            <source>https://example.com/sms-pictures/</source>
            <extracomment>an example address of the web folder pictures are published in (keep it an address)</extracomment>
            <translation>https://example.com/sms-pictures/</translation>
        </message>
        <message>
            <source>Folder published at that address</source>
            <translation>Cartella pubblicata a quell'indirizzo</translation>
        </message>
        <message>
            <source>a folder your web server publishes there</source>
            <translation>una cartella che il tuo server web pubblica a quell'indirizzo</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verifica connessione</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Risultato del test di connessione</translation>
        </message>
        <message>
            <source>SMS gateway</source>
            <translation>Gateway SMS</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Same as the computer ({language})</source>
            <extracomment>the first choice of the Language list: {language} is the computer's, e.g. "Deutsch"</extracomment>
            <translation>Come il computer ({language})</translation>
        </message>
        <message>
            <source>Default country</source>
            <translation>Paese predefinito</translation>
        </message>
        <message>
            <source>Check for new messages every</source>
            <translation>Controlla i nuovi messaggi ogni</translation>
        </message>
        <message>
            <source> s</source>
            <extracomment>after a number of seconds: "30 s"</extracomment>
            <translation> s</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Resta attivo nell'area di notifica quando la finestra viene chiusa</translation>
        </message>
        <message>
            <source>Start SMS Desk when I log in (in the tray)</source>
            <translation>Avvia SMS Desk all'accesso al computer (nell'area di notifica)</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generali</translation>
        </message>
        <message>
            <source>A new language is used the next time SMS Desk starts.</source>
            <translation>La nuova lingua verrà usata al prossimo avvio di SMS Desk.</translation>
        </message>
        <message>
            <source>Numbers typed without +country code are read as this country's.</source>
            <translation>I numeri digitati senza prefisso internazionale (+) vengono considerati di questo paese.</translation>
        </message>
        <message>
            <source>While you use SMS Desk or wait for a reply, it checks every second; when the desk is idle, it slows down to this.</source>
            <translation>Mentre usi SMS Desk o aspetti una risposta, controlla ogni secondo; quando la postazione è inattiva, rallenta fino a questo intervallo.</translation>
        </message>
        <message>
            <source>Show a notification when an SMS arrives</source>
            <translation>Mostra una notifica quando arriva un SMS</translation>
        </message>
        <message>
            <source>Show notifications as</source>
            <translation>Mostra le notifiche come</translation>
        </message>
        <message>
            <source>The desktop's notifications</source>
            <translation>Notifiche del desktop</translation>
        </message>
        <message>
            <source>SMS Desk pop-ups</source>
            <translation>Pop-up di SMS Desk</translation>
        </message>
        <message>
            <source>The desktop's notifications follow its Do Not Disturb and notification settings. Where the desktop has no notification service, SMS Desk's pop-ups are used.</source>
            <translation>Le notifiche del desktop seguono le sue impostazioni di notifica e di Non disturbare. Se il desktop non ha un servizio di notifiche, vengono usati i pop-up di SMS Desk.</translation>
        </message>
        <message>
            <source>Pop-ups close after</source>
            <translation>I pop-up si chiudono dopo</translation>
        </message>
        <message>
            <source>Play a sound when an SMS arrives</source>
            <translation>Riproduci un suono quando arriva un SMS</translation>
        </message>
        <message>
            <source>Notifications</source>
            <extracomment>a section of Settings: how new messages are announced</extracomment>
            <translation>Notifiche</translation>
        </message>
        <message>
            <source>Call with</source>
            <translation>Chiama con</translation>
        </message>
        <message>
            <source>tel: links (default), or callto:{number}, or a command</source>
            <extracomment>keep tel:, callto: and {number} as they are: they are what is typed here</extracomment>
            <translation>link tel: (predefinito), oppure callto:{number}, oppure un comando</translation>
        </message>
        <message>
            <source>Ask before texting someone outside these hours, their time</source>
            <translation>Chiedi prima di scrivere a qualcuno fuori da questi orari (ora locale del destinatario)</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>quiet hours: the sending window starts at this time ("From 08:00 until 20:00")</extracomment>
            <translation>Dalle</translation>
        </message>
        <message>
            <source>until</source>
            <extracomment>quiet hours: the sending window ends at this time ("From 08:00 until 20:00")</extracomment>
            <translation>alle</translation>
        </message>
        <message>
            <source>Calls and quiet hours</source>
            <extracomment>a section of Settings: how Call works and when SMS Desk asks before texting</extracomment>
            <translation>Chiamate e orario di silenzio</translation>
        </message>
        <message>
            <source>Call opens tel:+number in your softphone. To use another, give a link such as callto:{number} or a command such as 3cxphone --dial {number}.</source>
            <extracomment>keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are</extracomment>
            <translation>«Chiama» apre tel:+number nel tuo softphone. Per usarne un altro, indica un link come callto:{number} o un comando come 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>Their time comes from their number's country (and area code in the US and Canada). Outside these hours SMS Desk offers to send at the start, their time.</source>
            <translation>L'ora del destinatario dipende dal paese del suo numero (e dal prefisso locale negli Stati Uniti e in Canada). Fuori da questi orari SMS Desk propone di inviare all'inizio della fascia, nell'ora del destinatario.</translation>
        </message>
        <message>
            <source>Database URL</source>
            <translation>URL del database</translation>
        </message>
        <message>
            <source>empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team</source>
            <translation>vuoto: solo questo computer (SQLite), ad es. postgresql://desk@server/sms per un team</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Password del database</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>conservata nel portachiavi di sistema</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Now: {url}. A change takes effect the next time SMS Desk starts.</source>
            <translation>Attuale: {url}. Una modifica ha effetto al prossimo avvio di SMS Desk.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Send</source>
            <extracomment>the F1 list: Enter in "Say something" sends the message</extracomment>
            <translation>Invia</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <extracomment>the F1 list: Shift+Enter in "Say something" starts a new line instead of sending</extracomment>
            <translation>Nuova riga nel messaggio</translation>
        </message>
        <message>
            <source>Find in the conversation</source>
            <extracomment>the F1 list: Ctrl+F with the keyboard in the conversation finds text in it</extracomment>
            <translation>Trova nella conversazione</translation>
        </message>
        <message>
            <source>Close find</source>
            <extracomment>the F1 list: Escape in the find bar closes it</extracomment>
            <translation>Chiudi ricerca</translation>
        </message>
        <message>
            <source>{keys} or {more}</source>
            <extracomment>a keyboard shortcut list read aloud: two ways to press the same thing</extracomment>
            <translation>{keys} o {more}</translation>
        </message>
        <message>
            <source>{action}, {keys}</source>
            <extracomment>a row of the shortcuts list read aloud: what it does, then its keys</extracomment>
            <translation>{action}, {keys}</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <extracomment>the box above the shortcuts list that narrows it to what is typed</extracomment>
            <translation>Filtra le scelte rapide</translation>
        </message>
        <message>
            <source>Filter by what it does or its keys, e.g. archive</source>
            <extracomment>placeholder of the filter box; "archive" is an example of a word to type</extracomment>
            <translation>Filtra per azione o per tasti, ad es. archivia</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <extracomment>the shortcuts list when the filter matches nothing</extracomment>
            <translation>Nessuna scelta rapida corrisponde.</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the shortcuts that find and move between chats</extracomment>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Conversation</source>
            <extracomment>the shortcuts that act on the open conversation</extracomment>
            <translation>Conversazione</translation>
        </message>
        <message>
            <source>Pop-ups and notifications</source>
            <translation>Pop-up e notifiche</translation>
        </message>
        <message>
            <source>Window and help</source>
            <translation>Finestra e guida</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>shortcuts that belong to no other group</extracomment>
            <translation>Altro</translation>
        </message>
        <message>
            <source>Close the pop-up</source>
            <extracomment>the F1 list: Escape in an SMS Desk pop-up closes it (the message stays unread)</extracomment>
            <translation>Chiudi il pop-up</translation>
        </message>
        <message>
            <source>Open the selected chat's menu</source>
            <extracomment>the F1 list: the Menu key or Shift+F10 opens the selected chat's context menu</extracomment>
            <translation>Apri il menu della chat selezionata</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <extracomment>the F1 list: Escape in the chat search box empties it</extracomment>
            <translation>Cancella la ricerca</translation>
        </message>
        <message>
            <source>Undo Dealt with or Archive</source>
            <extracomment>the F1 list: Ctrl+Z takes back Dealt with or Archive while the Undo notice shows</extracomment>
            <translation>Annulla Gestita o Archivia</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>{owner} is answering this conversation.</source>
            <translation>{owner} sta rispondendo a questa conversazione.</translation>
        </message>
        <message>
            <source>Nobody owns this conversation yet, so there is nothing to transfer: reply to it first (you become its owner), then transfer it.</source>
            <translation>Questa conversazione non è ancora assegnata a nessuno, quindi non c'è nulla da trasferire: rispondi prima (diventa tua), poi trasferiscila.</translation>
        </message>
        <message>
            <source>Only the owner, {owner}, or an administrator can transfer this conversation.</source>
            <translation>Solo l'assegnatario, {owner}, o un amministratore può trasferire questa conversazione.</translation>
        </message>
    </context>
    <context>
        <name>StoreFaults</name>
        <message>
            <source>Can't reach the database</source>
            <translation>Impossibile raggiungere il database</translation>
        </message>
        <message>
            <source>The database is not answering (restarting, or the network to it is down). Every message is kept; SMS Desk carries on by itself as soon as it answers again.</source>
            <translation>Il database non risponde (si sta riavviando, o la rete verso di esso non funziona). Ogni messaggio viene conservato; SMS Desk riprende da solo appena il database risponde di nuovo.</translation>
        </message>
        <message>
            <source>The database is busy</source>
            <translation>Il database è occupato</translation>
        </message>
        <message>
            <source>Another program is holding the message database. SMS Desk tries again shortly; nothing is lost meanwhile.</source>
            <translation>Un altro programma sta occupando il database dei messaggi. SMS Desk riprova a breve; nel frattempo non si perde nulla.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Il disco è pieno</translation>
        </message>
        <message>
            <source>The message database can't grow: free some disk space. SMS Desk tries again by itself.</source>
            <translation>Il database dei messaggi non può crescere: libera spazio su disco. SMS Desk riprova da solo.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Connected</source>
            <extracomment>the status bar: the desk is talking to the gateway</extracomment>
            <translation>Connesso</translation>
        </message>
        <message>
            <source>Connected — another desk is talking to the gateway for the team</source>
            <translation>Connesso — un'altra postazione sta comunicando con il gateway per il team</translation>
        </message>
        <message>
            <source>It has no usable message id, so it can't be fetched from the gateway again.</source>
            <translation>Non ha un ID messaggio utilizzabile, quindi non può essere recuperato di nuovo dal gateway.</translation>
        </message>
        <message>
            <source>The gateway no longer has it.</source>
            <translation>Il gateway non lo ha più.</translation>
        </message>
        <message>
            <source>The gateway still sends it in a form SMS Desk can't read.</source>
            <translation>Il gateway lo invia ancora in un formato che SMS Desk non riesce a leggere.</translation>
        </message>
        <message>
            <source>The gateway says it is not a message to this desk.</source>
            <translation>Il gateway indica che non è un messaggio per questa postazione.</translation>
        </message>
        <message>
            <source>The database refused it ({error}); details are in the log.</source>
            <translation>Il database lo ha rifiutato ({error}); i dettagli sono nel log.</translation>
        </message>
        <message>
            <source>Not received by the gateway</source>
            <translation>Non ricevuto dal gateway</translation>
        </message>
        <message>
            <source>Not at the gateway yet; SMS Desk will look again</source>
            <translation>Non ancora presente sul gateway; SMS Desk controllerà di nuovo</translation>
        </message>
        <message>
            <source>Picture not fetched: {reason}</source>
            <translation>Immagine non recuperata: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Another desk is talking to the gateway for the team.</source>
            <translation>Un'altra postazione sta comunicando con il gateway per il team.</translation>
        </message>
        <message>
            <source>The team database is unreachable; trying again shortly.</source>
            <translation>Il database del team non è raggiungibile; nuovo tentativo a breve.</translation>
        </message>
        <message>
            <source>Cannot reach the team database.</source>
            <translation>Impossibile raggiungere il database del team.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Never</source>
            <extracomment>an account's last sign-in: it has never signed in</extracomment>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Administrator</source>
            <extracomment>an account's role: may manage accounts and settings</extracomment>
            <translation>Amministratore</translation>
        </message>
        <message>
            <source>Colleague</source>
            <extracomment>an account's role: an ordinary account</extracomment>
            <translation>Collega</translation>
        </message>
        <message>
            <source>Disabled</source>
            <extracomment>an account's state: it cannot sign in</extracomment>
            <translation>Disattivato</translation>
        </message>
        <message>
            <source>Enabled</source>
            <extracomment>an account's state: it can sign in</extracomment>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Everyone who signs in to SMS Desk with their phone extension. A disabled account cannot sign in; an administrator may manage accounts and settings.</source>
            <translation>Tutti coloro che accedono a SMS Desk con il proprio interno. Un account disattivato non può accedere; un amministratore può gestire account e impostazioni.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Interno</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>column heading: administrator or colleague</extracomment>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>column heading: enabled or disabled</extracomment>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Ultimo accesso</translation>
        </message>
        <message>
            <source>&amp;Add colleague…</source>
            <translation>&amp;Aggiungi collega…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Reimposta password…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disattiva</translation>
        </message>
        <message>
            <source>&amp;Make administrator</source>
            <translation>Nomina a&amp;mministratore</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>Atti&amp;va</translation>
        </message>
        <message>
            <source>Remove ad&amp;ministrator</source>
            <translation>Rimuovi a&amp;mministratore</translation>
        </message>
        <message>
            <source>{user} is disabled and can no longer sign in.</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>{user} è disattivato e non può più accedere.</translation>
        </message>
        <message>
            <source>{user} is enabled and can sign in again.</source>
            <translation>{user} è attivato e può accedere di nuovo.</translation>
        </message>
        <message>
            <source>{user} is an administrator now.</source>
            <translation>{user} ora è amministratore.</translation>
        </message>
        <message>
            <source>{user} is no longer an administrator.</source>
            <translation>{user} non è più amministratore.</translation>
        </message>
        <message>
            <source>Added {user} as an administrator.</source>
            <translation>Aggiunto {user} come amministratore.</translation>
        </message>
        <message>
            <source>Added {user}.</source>
            <translation>Aggiunto {user}.</translation>
        </message>
        <message>
            <source>Changed the password of {user}.</source>
            <translation>Password di {user} modificata.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Le due password non coincidono. Digitale di nuovo.</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>Aggiungi un collega</translation>
        </message>
        <message>
            <source>For example {example}</source>
            <extracomment>{example}: an extension such as 102</extracomment>
            <translation>Ad esempio {example}</translation>
        </message>
        <message>
            <source>As colleagues will see it</source>
            <translation>Come lo vedranno i colleghi</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Ripeti password</translation>
        </message>
        <message>
            <source>&amp;Administrator: may manage accounts and settings</source>
            <translation>&amp;Amministratore: può gestire account e impostazioni</translation>
        </message>
        <message>
            <source>&amp;Extension:</source>
            <translation>&amp;Interno:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Ripeti password:</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Aggiungi collega</translation>
        </message>
        <message>
            <source>Reset the password of {user}</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>Reimposta la password di {user}</translation>
        </message>
        <message>
            <source>{user} signs in with this password from now on; tell them what it is.</source>
            <translation>D'ora in poi {user} accede con questa password; comunicagliela.</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nuova password</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nuova password:</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reimposta password</translation>
        </message>
    </context>
    <context>
        <name>Telnyx</name>
        <message>
            <source>SMS Desk cannot tell whether this SMS reached Telnyx: the connection dropped before Telnyx answered. Check that the recipient got it, then Retry or Discard.</source>
            <translation>SMS Desk non può sapere se questo SMS è arrivato a Telnyx: la connessione si è interrotta prima che Telnyx rispondesse. Controlla che il destinatario l'abbia ricevuto, poi scegli Riprova o Scarta.</translation>
        </message>
        <message>
            <source>A picture's address is not a secure web address; it was not fetched.</source>
            <translation>L'indirizzo di un'immagine non è un indirizzo web sicuro; non è stata scaricata.</translation>
        </message>
        <message>
            <source>Telnyx no longer has this picture.</source>
            <translation>Telnyx non ha più questa immagine.</translation>
        </message>
        <message>
            <source>A picture could not be fetched (HTTP {status}). SMS Desk will try again.</source>
            <translation>Non è stato possibile scaricare un'immagine (HTTP {status}). SMS Desk riproverà.</translation>
        </message>
        <message>
            <source>Telnyx has no messaging profile with this ID on the account. Check the Messaging profile ID in Settings.</source>
            <translation>Telnyx non ha nessun profilo di messaggistica con questo ID nell'account. Controlla l'ID del profilo di messaggistica nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The messaging profile “{name}” is disabled at Telnyx, so nothing can be sent through it. Enable it in the Telnyx portal.</source>
            <translation>Il profilo di messaggistica «{name}» è disattivato su Telnyx, quindi non si può inviare nulla tramite esso. Attivalo nel portale Telnyx.</translation>
        </message>
        <message>
            <source>The API key works, but the Telnyx account has no number {number}. Check the From number in Settings.</source>
            <translation>La chiave API funziona, ma l'account Telnyx non ha il numero {number}. Controlla il numero mittente nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Telnyx refused the API key. Check the API key in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Telnyx", AUTH_SENTENCE).</extracomment>
            <translation>Telnyx ha rifiutato la chiave API. Controlla la chiave API nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Telnyx at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx su {host} ha inviato una risposta che SMS Desk non riesce a leggere. SMS Desk riproverà; se continua a succedere, controlla l'indirizzo API nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Can't reach Telnyx at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>Impossibile raggiungere Telnyx su {host}. Controlla la connessione a Internet; SMS Desk continuerà a provare.</translation>
        </message>
        <message>
            <source>Telnyx at {host} did not answer in time. SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx su {host} non ha risposto in tempo. SMS Desk verificherà cosa è successo prima di reinviare qualsiasi cosa.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to Telnyx at {host}: its certificate was not accepted. Check the API address in Settings.</source>
            <translation>Impossibile stabilire una connessione sicura con Telnyx su {host}: il suo certificato non è stato accettato. Controlla l'indirizzo API nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The connection to Telnyx at {host} broke before it answered. SMS Desk will check what happened before it sends anything again.</source>
            <translation>La connessione con Telnyx su {host} si è interrotta prima della risposta. SMS Desk verificherà cosa è successo prima di reinviare qualsiasi cosa.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>Telnyx ha chiesto a SMS Desk di rallentare. Nuovo tentativo tra {seconds} s.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>Telnyx ha chiesto a SMS Desk di rallentare. Nuovo tentativo a breve.</translation>
        </message>
        <message>
            <source>Telnyx at {host} had a problem (HTTP {status}). SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx su {host} ha avuto un problema (HTTP {status}). SMS Desk verificherà cosa è successo prima di reinviare qualsiasi cosa.</translation>
        </message>
        <message>
            <source>Telnyx has no record of that message (it keeps them for 10 days).</source>
            <translation>Telnyx non ha traccia di quel messaggio (li conserva per 10 giorni).</translation>
        </message>
        <message>
            <source>Telnyx has no record of what SMS Desk asked for. Check the settings of the Telnyx gateway.</source>
            <translation>Telnyx non ha traccia di ciò che SMS Desk ha chiesto. Controlla le impostazioni del gateway Telnyx.</translation>
        </message>
        <message>
            <source>Telnyx at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the API address in Settings.</source>
            <translation>Telnyx su {host} ha reindirizzato SMS Desk altrove (HTTP {status}). Controlla l'indirizzo API nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Telnyx sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx ha inviato un record di messaggio che SMS Desk non riesce a leggere. SMS Desk riproverà; se continua a succedere, controlla l'indirizzo API nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The recipient's carrier blocks the desk's sending number as spam, so nothing sent from it arrives there. Ask your administrator to contact Telnyx.</source>
            <translation>L'operatore del destinatario blocca come spam il numero di invio della postazione, quindi nulla di ciò che parte da esso arriva. Chiedi all'amministratore di contattare Telnyx.</translation>
        </message>
        <message>
            <source>The recipient's carrier refused the text of this message. Remove unusual characters or symbols, then press Retry.</source>
            <translation>L'operatore del destinatario ha rifiutato il testo di questo messaggio. Rimuovi caratteri o simboli insoliti, poi premi Riprova.</translation>
        </message>
        <message>
            <source>The message expired at Telnyx before it could be delivered. Press Retry to send it again.</source>
            <translation>Il messaggio è scaduto su Telnyx prima di poter essere consegnato. Premi Riprova per inviarlo di nuovo.</translation>
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
            <translation>Questo modello è stato eliminato nel frattempo.</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change templates.</source>
            <translation>Il tuo account è disattivato, quindi non puoi modificare i modelli.</translation>
        </message>
        <message>
            <source>Only an administrator can change templates shared with everyone. Save it as your own (Only me) instead.</source>
            <translation>Solo un amministratore può modificare i modelli condivisi con tutti. Salvalo invece come tuo (Solo io).</translation>
        </message>
        <message>
            <source>That template belongs to a colleague; only they can change it.</source>
            <translation>Questo modello appartiene a un collega; solo chi l'ha creato può modificarlo.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” shared with everyone. Pick another name.</source>
            <translation>Esiste già un modello «{name}» condiviso con tutti. Scegli un altro nome.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” of yours. Pick another name.</source>
            <translation>Hai già un modello «{name}». Scegli un altro nome.</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>Un modello deve avere un nome.</translation>
        </message>
        <message>
            <source>A template name can be at most {most} characters.</source>
            <translation>Il nome di un modello può avere al massimo {most} caratteri.</translation>
        </message>
        <message>
            <source>The template “{name}” needs some text.</source>
            <translation>Il modello «{name}» deve contenere del testo.</translation>
        </message>
        <message>
            <source>The template “{name}” is too long: at most {most} characters.</source>
            <translation>Il modello «{name}» è troppo lungo: al massimo {most} caratteri.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Only me</source>
            <extracomment>who can use a template: the colleague who wrote it</extracomment>
            <translation>Solo io</translation>
        </message>
        <message>
            <source>Everyone (admins)</source>
            <extracomment>who can use a template: every colleague (only administrators can choose it)</extracomment>
            <translation>Tutti (amministratori)</translation>
        </message>
        <message>
            <source>Manage templates…</source>
            <translation>Gestisci modelli…</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Modelli</translation>
        </message>
        <message>
            <source>{name}  (mine)</source>
            <extracomment>a template in the menu that only its author sees</extracomment>
            <translation>{name}  (mio)</translation>
        </message>
        <message>
            <source>No templates yet</source>
            <translation>Ancora nessun modello</translation>
        </message>
        <message>
            <source>Insert a saved reply (or type / and its name)</source>
            <translation>Inserisci una risposta salvata (o digita / e il suo nome)</translation>
        </message>
        <message>
            <source>Manage templates</source>
            <translation>Gestisci modelli</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>e.g. thanks</source>
            <translation>ad es. ringraziamento</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <source>Hi {first_name}, thanks for your message! — {my_name}</source>
            <extracomment>an example template; keep {first_name} and {my_name} as they are</extracomment>
            <translation>Ciao {first_name}, grazie per il tuo messaggio! — {my_name}</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Chi può usarlo</translation>
        </message>
        <message>
            <source>Only an administrator can share templates with everyone.</source>
            <translation>Solo un amministratore può condividere i modelli con tutti.</translation>
        </message>
        <message>
            <source>Variables: {first_name} (the contact's), {my_name} (yours), {date} (today)</source>
            <extracomment>keep the {names} as they are: they are what a template writer types</extracomment>
            <translation>Variabili: {first_name} (del contatto), {my_name} (il tuo), {date} (oggi)</translation>
        </message>
        <message>
            <source>Template status</source>
            <translation>Stato del modello</translation>
        </message>
        <message>
            <source>New</source>
            <extracomment>a button: start writing a new template</extracomment>
            <translation>Nuovo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>{name}  ·  everyone</source>
            <extracomment>a template in the list, shared with every colleague</extracomment>
            <translation>{name}  ·  tutti</translation>
        </message>
        <message>
            <source>{name}  ·  only me</source>
            <extracomment>a template in the list that only its author sees</extracomment>
            <translation>{name}  ·  solo io</translation>
        </message>
        <message>
            <source>Shared with everyone: only an administrator can change or delete it.</source>
            <translation>Condiviso con tutti: solo un amministratore può modificarlo o eliminarlo.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>«{name}» salvato.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>«{name}» eliminato.</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>Transfer conversation</source>
            <extracomment>window title: hand a conversation over to a colleague</extracomment>
            <translation>Trasferisci conversazione</translation>
        </message>
        <message>
            <source>Hand the conversation with {title} to a colleague:</source>
            <translation>Affida la conversazione con {title} a un collega:</translation>
        </message>
        <message>
            <source>Search colleagues</source>
            <translation>Cerca colleghi</translation>
        </message>
        <message>
            <source>Search by name or extension</source>
            <translation>Cerca per nome o interno</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Colleghi</translation>
        </message>
        <message>
            <source>No colleague to transfer to: add accounts with “{command}”.</source>
            <translation>Nessun collega a cui trasferire: aggiungi account con «{command}».</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (facoltativa)</translation>
        </message>
        <message>
            <source>Note (optional), e.g. “wants a call back after 3 pm”</source>
            <translation>Nota (facoltativa), ad es. «vuole essere richiamato dopo le 15»</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to the chosen colleague</extracomment>
            <translation>Trasferisci</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message numerus="yes">
            <source>Keep the note under %n character(s).</source>
            <translation>
                <numerusform>La nota deve restare sotto %n carattere.</numerusform>
                <numerusform>La nota deve restare sotto i %n caratteri.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open SMS Desk</source>
            <translation>Apri SMS Desk</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Nuovo SMS</translation>
        </message>
        <message>
            <source>Do not disturb</source>
            <translation>Non disturbare</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Disconnetti</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>SMS Desk — no unread messages</source>
            <translation>SMS Desk — nessun messaggio da leggere</translation>
        </message>
        <message numerus="yes">
            <source>SMS Desk — %n unread conversation(s)</source>
            <translation>
                <numerusform>SMS Desk — %n conversazione da leggere</numerusform>
                <numerusform>SMS Desk — %n conversazioni da leggere</numerusform>
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
            <translation>{status} · Non disturbare</translation>
        </message>
    </context>
    <context>
        <name>TraySession</name>
        <message>
            <source>This desktop has no system tray, so SMS Desk stays open in its window: closing the window quits it. Pop-ups still appear when an SMS arrives.</source>
            <translation>Questo desktop non ha un'area di notifica, quindi SMS Desk resta aperto nella sua finestra: chiudendo la finestra si chiude l'app. I pop-up compaiono comunque quando arriva un SMS.</translation>
        </message>
        <message>
            <source>SMS Desk is still running</source>
            <translation>SMS Desk è ancora in esecuzione</translation>
        </message>
        <message>
            <source>It keeps running in the system tray: click its icon to open it again.</source>
            <translation>Continua a funzionare nell'area di notifica: fai clic sulla sua icona per riaprirlo.</translation>
        </message>
    </context>
    <context>
        <name>Twilio</name>
        <message>
            <source>SMS Desk could not read the SMS gateway's list of messages to {number} far enough back to tell whether a message already went. It stays waiting and is checked again later, so that it is not sent twice.</source>
            <translation>SMS Desk non è riuscito a leggere l'elenco dei messaggi del gateway SMS verso {number} abbastanza indietro nel tempo da capire se un messaggio è già partito. Il messaggio resta in attesa e verrà ricontrollato più tardi, così non viene inviato due volte.</translation>
        </message>
        <message>
            <source>A picture's address is not on the SMS gateway; it was not fetched.</source>
            <translation>L'indirizzo di un'immagine non si trova sul gateway SMS; l'immagine non è stata scaricata.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture through too many redirects; it was not fetched.</source>
            <translation>Il gateway SMS su {host} ha inviato un'immagine attraverso troppi reindirizzamenti; l'immagine non è stata scaricata.</translation>
        </message>
        <message>
            <source>The SMS gateway no longer has this picture.</source>
            <translation>Il gateway SMS non ha più questa immagine.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} could not hand over a picture (HTTP {status}). SMS Desk will try again.</source>
            <translation>Il gateway SMS su {host} non è riuscito a consegnare un'immagine (HTTP {status}). SMS Desk riproverà.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Twilio", AUTH_SENTENCE).</extracomment>
            <translation>Il gateway SMS ha rifiutato l'Account SID o l'auth token. Controllali nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture to an address SMS Desk does not fetch from; it was not fetched.</source>
            <translation>Il gateway SMS su {host} ha inviato un'immagine a un indirizzo da cui SMS Desk non scarica; l'immagine non è stata scaricata.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>Il gateway SMS su {host} ha inviato una risposta che SMS Desk non riesce a leggere. SMS Desk riproverà; se continua a succedere, controlla l'indirizzo del gateway nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Can't reach the SMS gateway at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>Impossibile raggiungere il gateway SMS su {host}. Controlla la connessione a Internet; SMS Desk continuerà a provare.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} did not answer in time. SMS Desk will check what happened and try again.</source>
            <translation>Il gateway SMS su {host} non ha risposto in tempo. SMS Desk verificherà cosa è successo e riproverà.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to the SMS gateway at {host}: its certificate was not accepted. Check the gateway address in Settings.</source>
            <translation>Impossibile stabilire una connessione sicura con il gateway SMS su {host}: il suo certificato non è stato accettato. Controlla l'indirizzo del gateway nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The connection to the SMS gateway at {host} broke before it answered. SMS Desk will check what happened and try again.</source>
            <translation>La connessione al gateway SMS su {host} si è interrotta prima della risposta. SMS Desk verificherà cosa è successo e riproverà.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>Il gateway SMS ha chiesto a SMS Desk di rallentare. Nuovo tentativo tra {seconds} s.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>Il gateway SMS ha chiesto a SMS Desk di rallentare. Nuovo tentativo a breve.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} had a problem (HTTP {status}). SMS Desk will try again.</source>
            <translation>Il gateway SMS su {host} ha avuto un problema (HTTP {status}). SMS Desk riproverà.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>Il gateway SMS non ha traccia di quel messaggio. Se continua a succedere, controlla l'Account SID e l'indirizzo del gateway nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of what SMS Desk asked for. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>Il gateway SMS non ha traccia di ciò che SMS Desk ha richiesto. Se continua a succedere, controlla l'Account SID e l'indirizzo del gateway nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the gateway address in Settings.</source>
            <translation>Il gateway SMS su {host} ha reindirizzato SMS Desk altrove (HTTP {status}). Controlla l'indirizzo del gateway nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The SMS gateway sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>Il gateway SMS ha inviato un record di messaggio che SMS Desk non riesce a leggere. SMS Desk riproverà; se continua a succedere, controlla l'indirizzo del gateway nelle Impostazioni.</translation>
        </message>
        <message>
            <source>The gateway's entry is not a message record.</source>
            <translation>La voce del gateway non è un record di messaggio.</translation>
        </message>
        <message>
            <source>The gateway's record has no message id (sid).</source>
            <translation>Il record del gateway non ha un ID messaggio (sid).</translation>
        </message>
        <message>
            <source>The gateway's record has no status.</source>
            <translation>Il record del gateway non ha uno stato.</translation>
        </message>
        <message>
            <source>The gateway's record has an unknown direction ({direction}).</source>
            <translation>Il record del gateway ha una direzione sconosciuta ({direction}).</translation>
        </message>
        <message>
            <source>The gateway's record has no date_created.</source>
            <extracomment>date_created is the name of the gateway's field: not translated</extracomment>
            <translation>Il record del gateway non ha date_created.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a date.</source>
            <extracomment>{field} is the name of the gateway's field (date_sent…): not translated</extracomment>
            <translation>Il record del gateway ha un campo {field} che non è una data.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a number.</source>
            <extracomment>{field} is the name of the gateway's field (num_media…): not translated</extracomment>
            <translation>Il record del gateway ha un campo {field} che non è un numero.</translation>
        </message>
        <message>
            <source>The gateway's record could not be read.</source>
            <translation>Impossibile leggere il record del gateway.</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>Undo</source>
            <extracomment>a button: take back what was just done (Dealt with, Archive)</extracomment>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Undo ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+Z", "Strg+Z")</extracomment>
            <translation>Annulla ({keys})</translation>
        </message>
        <message>
            <source>{done} Undo with {keys}.</source>
            <extracomment>what a screen reader says for the notice: {done} is what was done ("Archived.")</extracomment>
            <translation>{done} Annulla con {keys}.</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>No app on this computer handles {scheme}: links, so the call could not start. Install your softphone (for example the 3CX app), or set how to call in Settings → Call with.</source>
            <translation>Nessuna app su questo computer gestisce i link {scheme}:, quindi non è stato possibile avviare la chiamata. Installa il tuo softphone (ad esempio l'app 3CX) o imposta come chiamare in Impostazioni → Chiama con.</translation>
        </message>
        <message>
            <source>The call command “{command}” could not be started ({reason}). Check Settings → Call with.</source>
            <translation>Impossibile avviare il comando di chiamata «{command}» ({reason}). Controlla Impostazioni → Chiama con.</translation>
        </message>
        <message>
            <source>Calling {number}…</source>
            <translation>Chiamata a {number}…</translation>
        </message>
        <message>
            <source>Transferred to {name}.</source>
            <translation>Trasferita a {name}.</translation>
        </message>
        <message>
            <source>Transferred to your colleague.</source>
            <translation>Trasferita al collega.</translation>
        </message>
        <message>
            <source>Marked dealt with and archived.</source>
            <translation>Segnata come gestita e archiviata.</translation>
        </message>
        <message>
            <source>Marked dealt with, but a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Segnata come gestita, ma è appena arrivato un nuovo messaggio, quindi la conversazione resta in Chat.</translation>
        </message>
        <message>
            <source>Moved back to Chats.</source>
            <translation>Riportata in Chat.</translation>
        </message>
        <message>
            <source>Archived.</source>
            <extracomment>a status message: the conversation was archived</extracomment>
            <translation>Archiviata.</translation>
        </message>
        <message>
            <source>Not archived: a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Non archiviata: è appena arrivato un nuovo messaggio, quindi la conversazione resta in Chat.</translation>
        </message>
        <message>
            <source>Marked as unread.</source>
            <translation>Segnata come da leggere.</translation>
        </message>
        <message>
            <source>Undone: the conversation is back as it was.</source>
            <translation>Annullato: la conversazione è tornata com'era.</translation>
        </message>
        <message>
            <source>SMS with {title}.pdf</source>
            <extracomment>the file name suggested when a conversation is exported</extracomment>
            <translation>SMS con {title}.pdf</translation>
        </message>
        <message>
            <source>PDF, printable (*.pdf)</source>
            <translation>PDF, stampabile (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Esporta conversazione</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Esportazione…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to {path}.</source>
            <translation>
                <numerusform>%n messaggio esportato in {path}.</numerusform>
                <numerusform>%n messaggi esportati in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The conversation could not be exported. {reason}</source>
            <translation>Impossibile esportare la conversazione. {reason}</translation>
        </message>
        <message>
            <source>SMS opt-outs.csv</source>
            <extracomment>the file name suggested when the opt-out list is exported</extracomment>
            <translation>SMS disiscritti.csv</translation>
        </message>
        <message>
            <source>Export opt-out list</source>
            <translation>Esporta elenco dei disiscritti</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n opted-out number(s) to {path}.</source>
            <translation>
                <numerusform>%n numero disiscritto esportato in {path}.</numerusform>
                <numerusform>%n numeri disiscritti esportati in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The opt-out list could not be exported. {reason}</source>
            <translation>Impossibile esportare l'elenco dei disiscritti. {reason}</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New SMS…</source>
            <translation>&amp;Nuovo SMS…</translation>
        </message>
        <message>
            <source>&amp;Contacts…</source>
            <translation>&amp;Contatti…</translation>
        </message>
        <message>
            <source>&amp;Export opt-out list…</source>
            <translation>Es&amp;porta elenco dei disiscritti…</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Team…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>Ce&amp;rca</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Conversazione successiva</translation>
        </message>
        <message>
            <source>Previous conversation</source>
            <translation>Conversazione precedente</translation>
        </message>
        <message>
            <source>Switch between Chats and Archived</source>
            <translation>Passa da Chat ad Archiviate e viceversa</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>the F1 list's row for sending (Enter in "Say something", Ctrl+Enter anywhere)</extracomment>
            <translation>Invia</translation>
        </message>
        <message>
            <source>&amp;Do not disturb</source>
            <translation>Non &amp;disturbare</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Impostazioni…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Disc&amp;onnetti</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Guida</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Scelte rapide da tastiera</translation>
        </message>
        <message>
            <source>&amp;About SMS Desk</source>
            <translation>&amp;Informazioni su SMS Desk</translation>
        </message>
        <message>
            <source>Add colleagues, reset passwords, disable accounts</source>
            <translation>Aggiungi colleghi, reimposta password, disattiva account</translation>
        </message>
        <message>
            <source>Only an administrator can open Team.</source>
            <translation>Solo un amministratore può aprire Team.</translation>
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <source>Connecting…</source>
            <translation>Connessione…</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Riprova ora</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connesso</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <extracomment>%n is a number of seconds</extracomment>
            <translation>
                <numerusform>Offline — nuovo tentativo tra %n s</numerusform>
                <numerusform>Offline — nuovo tentativo tra %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — retrying…</source>
            <translation>Offline — nuovo tentativo…</translation>
        </message>
        <message numerus="yes">
            <source>{problem} — retrying in %n s</source>
            <extracomment>{problem} is a short headline ("Can't reach the database"); %n seconds</extracomment>
            <translation>
                <numerusform>{problem} — nuovo tentativo tra %n s</numerusform>
                <numerusform>{problem} — nuovo tentativo tra %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem} — retrying…</source>
            <translation>{problem} — nuovo tentativo…</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Accesso effettuato</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Syncing could not start. Details are in the log.</source>
            <translation>Impossibile avviare la sincronizzazione. I dettagli sono nel log.</translation>
        </message>
        <message>
            <source>Syncing failed unexpectedly; SMS Desk will try again. Details are in the log.</source>
            <translation>Sincronizzazione non riuscita per un errore imprevisto; SMS Desk riproverà. I dettagli sono nel log.</translation>
        </message>
    </context>
</TS>
