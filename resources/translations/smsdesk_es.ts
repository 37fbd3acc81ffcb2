<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>The account could not be changed.</source>
            <translation>No se ha podido cambiar la cuenta.</translation>
        </message>
        <message>
            <source>Signing in did not succeed.</source>
            <translation>No se ha podido iniciar sesión.</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example 101.</source>
            <translation>Escribe tu extensión telefónica, por ejemplo, 101.</translation>
        </message>
        <message>
            <source>Extension or password is wrong</source>
            <translation>La extensión o la contraseña no son correctas</translation>
        </message>
        <message>
            <source>The sign-in remembered on this computer has ended. Type your password.</source>
            <translation>El inicio de sesión recordado en este equipo ha terminado. Escribe tu contraseña.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator to enable it.</source>
            <translation>Esta cuenta está desactivada. Pide a tu administrador que la active.</translation>
        </message>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation>
                <numerusform>Elige una contraseña de al menos %n carácter.</numerusform>
                <numerusform>Elige una contraseña de al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>This extension already has an account.</source>
            <translation>Esta extensión ya tiene una cuenta.</translation>
        </message>
        <message>
            <source>There is no account with this extension.</source>
            <translation>No hay ninguna cuenta con esta extensión.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: disabling it would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Este es el único administrador activo: si lo desactivas, nadie podrá gestionar las cuentas. Haz administrador antes a otro compañero.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: removing its administrator role would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>Este es el único administrador activo: si le quitas el rol de administrador, nadie podrá gestionar las cuentas. Haz administrador antes a otro compañero.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins. Wait a minute, then try again.</source>
            <translation>Ha habido demasiados inicios de sesión fallidos. Espera un minuto y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins for this extension. Wait {seconds} s, then try again.</source>
            <translation>Ha habido demasiados inicios de sesión fallidos con esta extensión. Espera {seconds} s y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Only an administrator can change accounts.</source>
            <translation>Solo un administrador puede cambiar las cuentas.</translation>
        </message>
        <message>
            <source>Sign in with your phone extension (for example {example}), not your email address</source>
            <translation>Inicia sesión con tu extensión telefónica (por ejemplo, {example}), no con tu dirección de correo electrónico</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example {example}.</source>
            <translation>Escribe tu extensión telefónica, por ejemplo, {example}.</translation>
        </message>
        <message numerus="yes">
            <source>An extension is %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Una extensión tiene %n dígito, por ejemplo, {example}.</numerusform>
                <numerusform>Una extensión tiene %n dígitos, por ejemplo, {example}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is {least} to %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Una extensión tiene de {least} a %n dígito, por ejemplo, {example}.</numerusform>
                <numerusform>Una extensión tiene de {least} a %n dígitos, por ejemplo, {example}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter a name for the account, for example Anna.</source>
            <translation>Escribe un nombre para la cuenta, por ejemplo, Ana.</translation>
        </message>
        <message>
            <source>A name can be at most {most} characters long; this one has {count}.</source>
            <translation>Un nombre puede tener como máximo {most} caracteres; este tiene {count}.</translation>
        </message>
        <message>
            <source>A name cannot contain line breaks or other control characters.</source>
            <translation>Un nombre no puede contener saltos de línea ni otros caracteres de control.</translation>
        </message>
        <message>
            <source>Extension {extension} already has an account.</source>
            <translation>La extensión {extension} ya tiene una cuenta.</translation>
        </message>
        <message>
            <source>An account already exists; sign in with it.</source>
            <translation>Ya existe una cuenta; inicia sesión con ella.</translation>
        </message>
        <message>
            <source>{user} is not an administrator: only an administrator can change accounts. Give the extension of an administrator.</source>
            <translation>{user} no es administrador: solo un administrador puede cambiar las cuentas. Indica la extensión de un administrador.</translation>
        </message>
        <message>
            <source>There is no account with extension {extension}.</source>
            <translation>No hay ninguna cuenta con la extensión {extension}.</translation>
        </message>
    </context>
    <context>
        <name>AnswerShortcut</name>
        <message>
            <source>Reply to the newest message</source>
            <translation>Responder al mensaje más reciente</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Imagen</translation>
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
            <translation>Adjuntar imagen</translation>
        </message>
        <message>
            <source>Send a picture (or drop one on the conversation)</source>
            <translation>Envía una imagen (o suéltala en la conversación)</translation>
        </message>
        <message>
            <source>Picture to send</source>
            <translation>Imagen para enviar</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Quitar imagen</translation>
        </message>
        <message>
            <source>Attach pictures</source>
            <translation>Adjuntar imágenes</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
            <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp)</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most %n picture(s): the first %n are attached.</source>
            <translation>
                <numerusform>Un mensaje puede llevar como máximo %n imagen: se adjunta la primera.</numerusform>
                <numerusform>Un mensaje puede llevar como máximo %n imágenes: se adjuntan las %n primeras.</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture to send: {names}</source>
            <translation>Imagen para enviar: {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) to send: {names}</source>
            <translation>
                <numerusform>%n imagen para enviar: {names}</numerusform>
                <numerusform>%n imágenes para enviar: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove pictures</source>
            <translation>Quitar imágenes</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Send, receive and manage business SMS</source>
            <extracomment>The autostart entry's comment (what the desktop's session settings list it as).</extracomment>
            <translation>Envía, recibe y gestiona los SMS de empresa</translation>
        </message>
    </context>
    <context>
        <name>Calling</name>
        <message>
            <source>{number} is not a valid phone number, so it cannot be called.</source>
            <translation>{number} no es un número de teléfono válido, así que no se puede llamar.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk does not dial it. Use your phone.</source>
            <translation>{number} es un número de emergencias: SMS Desk no lo marca. Usa tu teléfono.</translation>
        </message>
        <message>
            <source>{number} is a short code that cannot be called from here: reply by SMS instead.</source>
            <translation>{number} es un número corto al que no se puede llamar desde aquí: responde por SMS.</translation>
        </message>
        <message>
            <source>“{name}” is a sender name, not a phone number: it cannot be called, and carriers don't deliver replies to it. Contact the sender another way.</source>
            <translation>«{name}» es un nombre de remitente, no un número de teléfono: no se puede llamar y los operadores no le entregan respuestas. Ponte en contacto con el remitente de otra forma.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number, so it cannot be called.</source>
            <translation>«{text}» no es un número de teléfono, así que no se puede llamar.</translation>
        </message>
        <message>
            <source>The Call setting must contain {number} where the phone number goes, for example callto:{number} or 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>La opción Llamar con debe contener {number} donde va el número de teléfono, por ejemplo, callto:{number} o 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>The Call command can't be read ({problem}). Check its quotes.</source>
            <extracomment>{problem} is Python's own (English) reason, e.g. "No closing quotation"</extracomment>
            <translation>No se puede leer el comando de Llamar ({problem}). Revisa sus comillas.</translation>
        </message>
        <message>
            <source>The Call command must start with the program to run, for example 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>El comando de Llamar debe empezar por el programa que se ejecuta, por ejemplo, 3cxphone --dial {number}.</translation>
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>Demo gateway (built in)</source>
            <translation>Pasarela de demostración (integrada)</translation>
        </message>
        <message>
            <source>The demo gateway is not running; it starts with SMS Desk.</source>
            <extracomment>Its state file in the data directory: its messages survive a restart of SMS Desk.</extracomment>
            <translation>La pasarela de demostración no está en funcionamiento; se inicia con SMS Desk.</translation>
        </message>
        <message>
            <source>Enter the number in international form, starting with + (e.g. +14155550100).</source>
            <translation>Escribe el número en formato internacional, empezando por + (p. ej., +34612345678).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Check the digits and the country code.</source>
            <translation>Este no es un número de teléfono válido. Revisa los dígitos y el prefijo del país.</translation>
        </message>
        <message>
            <source>Write it in E.164 form: + and digits only, e.g. +14155550100.</source>
            <translation>Escríbelo en formato E.164: solo + y dígitos, p. ej., +34612345678.</translation>
        </message>
        <message>
            <source>Enter the {field}.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Escribe el {field}.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <extracomment>{field} is the setting's label ("From number"), {problem} what is wrong with it</extracomment>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>SMS Desk relay</source>
            <translation>Relé de SMS Desk</translation>
        </message>
        <message>
            <source>https://… (optional, from your administrator)</source>
            <translation>https://… (opcional, te lo da tu administrador)</translation>
        </message>
        <message>
            <source>With your team's relay, delivery reports arrive at once instead of being asked for every few seconds.</source>
            <translation>Con el relé de tu equipo, los informes de entrega llegan al momento en lugar de pedirse cada pocos segundos.</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's details from its console.</source>
            <translation>Abre la configuración de SMS Desk y escribe los datos de la pasarela que aparecen en su consola.</translation>
        </message>
        <message>
            <source>The SMS gateway is not running.</source>
            <translation>La pasarela SMS no está en funcionamiento.</translation>
        </message>
        <message>
            <source>Telnyx</source>
            <translation>Telnyx</translation>
        </message>
        <message>
            <source>The API address for {host} uses plain http, which would send the API key and messages unencrypted. Use an https:// address instead.</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>La dirección de la API para {host} usa http sin cifrar, por lo que la clave de API y los mensajes se enviarían sin cifrado. Usa una dirección https://.</translation>
        </message>
        <message>
            <source>The API address should be a web address like https://api.telnyx.com, without a user name, password, '?' or '#'.</source>
            <translation>La dirección de la API debe ser una dirección web como https://api.telnyx.com, sin nombre de usuario, contraseña, «?» ni «#».</translation>
        </message>
        <message>
            <source>From: enter the number in international form (e.g. +14155550100), or a sender ID of up to 11 letters, digits or spaces.</source>
            <translation>Remitente: escribe el número en formato internacional (p. ej., +14155550100) o un identificador de remitente de hasta 11 letras, cifras o espacios.</translation>
        </message>
        <message>
            <source>API address</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>Dirección de la API</translation>
        </message>
        <message>
            <source>Telnyx hands over incoming SMS only by webhook: this desk sends through Telnyx, but receives SMS only through an SMS Desk relay.</source>
            <translation>Telnyx solo entrega los SMS entrantes por webhook: este puesto envía a través de Telnyx, pero solo recibe SMS a través de un relé de SMS Desk.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>se guarda en el llavero del sistema</translation>
        </message>
        <message>
            <source>Enter the Telnyx API key (in the Telnyx portal, under API Keys).</source>
            <translation>Escribe la clave de API de Telnyx (en el portal de Telnyx, en «API Keys»).</translation>
        </message>
        <message>
            <source>From number or sender ID</source>
            <translation>Número remitente o identificador de remitente</translation>
        </message>
        <message>
            <source>+14155550100, or a sender ID such as ACME</source>
            <translation>+14155550100, o un identificador de remitente como ACME</translation>
        </message>
        <message>
            <source>Messaging profile ID</source>
            <translation>ID del perfil de mensajería</translation>
        </message>
        <message>
            <source>needed with a sender ID or a number pool</source>
            <translation>necesario con un identificador de remitente o un grupo de números</translation>
        </message>
        <message>
            <source>Desk number</source>
            <translation>Número del puesto</translation>
        </message>
        <message>
            <source>needed without a From number</source>
            <translation>necesario sin número remitente</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the Telnyx API key and the desk's From number (or Messaging profile ID) from the Telnyx portal.</source>
            <translation>Abre la configuración de SMS Desk y escribe la clave de API de Telnyx y el número remitente del puesto (o el ID del perfil de mensajería) que aparecen en el portal de Telnyx.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging profile ID.</source>
            <translation>Escribe el número remitente (From) del puesto o un ID de perfil de mensajería.</translation>
        </message>
        <message>
            <source>A sender ID (a name instead of a number) needs the Messaging profile ID it is registered on.</source>
            <translation>Un identificador de remitente (un nombre en lugar de un número) necesita el ID del perfil de mensajería en el que está registrado.</translation>
        </message>
        <message>
            <source>Without a From number, enter the Desk number: the number customers text.</source>
            <translation>Sin número remitente, escribe el número del puesto: el número al que escriben los clientes.</translation>
        </message>
        <message>
            <source>Twilio-compatible (Twilio, SignalWire…)</source>
            <translation>Compatible con Twilio (Twilio, SignalWire…)</translation>
        </message>
        <message>
            <source>Account SID</source>
            <translation>Account SID</translation>
        </message>
        <message>
            <source>AC… (SignalWire: your project ID)</source>
            <translation>AC… (SignalWire: el ID de tu proyecto)</translation>
        </message>
        <message>
            <source>Enter the Account SID (on the gateway's console).</source>
            <translation>Escribe el Account SID (está en la consola de la pasarela).</translation>
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
            <translation>Escribe el auth token.</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>Número remitente (From)</translation>
        </message>
        <message>
            <source>Messaging Service SID</source>
            <translation>Messaging Service SID</translation>
        </message>
        <message>
            <source>MG… (optional, instead of a From number)</source>
            <translation>MG… (opcional, en lugar de un número remitente)</translation>
        </message>
        <message>
            <source>the number customers text (with a Messaging Service)</source>
            <translation>el número al que escriben los clientes (con un Messaging Service)</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's Account SID, auth token and sending number from the gateway's console.</source>
            <translation>Abre la configuración de SMS Desk y escribe el Account SID, el auth token y el número de envío que aparecen en la consola de la pasarela.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging Service SID.</source>
            <translation>Escribe el número remitente (From) del puesto o un Messaging Service SID.</translation>
        </message>
        <message>
            <source>With a Messaging Service, enter the Desk number: the number customers text, so SMS Desk can find their messages.</source>
            <translation>Con un Messaging Service, escribe el número del puesto (el número al que escriben los clientes) para que SMS Desk pueda encontrar sus mensajes.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Picture</source>
            <extracomment>stands for the newest message when it is only pictures (an MMS without text)</extracomment>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a small tag beside a search result's name: the conversation is archived</extracomment>
            <translation>Archivada</translation>
        </message>
        <message>
            <source>Could not load the chat list. {reason}</source>
            <translation>No se ha podido cargar la lista de chats. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <extracomment>a screen reader's part of a chat list row: how many messages are unread</extracomment>
            <translation>
                <numerusform>%n sin leer</numerusform>
                <numerusform>%n sin leer</numerusform>
            </translation>
        </message>
        <message>
            <source>answered by {name}</source>
            <translation>respondida por {name}</translation>
        </message>
        <message>
            <source>answered by a colleague</source>
            <translation>respondida por un compañero</translation>
        </message>
        <message>
            <source>You: {text}</source>
            <extracomment>the newest message of a chat list row, which I sent</extracomment>
            <translation>Tú: {text}</translation>
        </message>
        <message>
            <source>owner: you</source>
            <translation>responsable: tú</translation>
        </message>
        <message>
            <source>owner: {name}</source>
            <translation>responsable: {name}</translation>
        </message>
        <message>
            <source>owner: a colleague</source>
            <translation>responsable: un compañero</translation>
        </message>
        <message>
            <source>archived</source>
            <extracomment>a screen reader's part of a chat list row: the conversation is archived</extracomment>
            <translation>archivada</translation>
        </message>
        <message>
            <source>No messages yet</source>
            <translation>Aún no hay mensajes</translation>
        </message>
        <message>
            <source>Chat list</source>
            <translation>Lista de chats</translation>
        </message>
    </context>
    <context>
        <name>ChatMenu</name>
        <message>
            <source>Open</source>
            <extracomment>a chat row's context menu entry: opens the conversation</extracomment>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <extracomment>a chat row's context menu entry: opens the Transfer dialog</extracomment>
            <translation>Transferir…</translation>
        </message>
        <message>
            <source>Copy number</source>
            <extracomment>a chat row's context menu entry: copies the conversation's phone number</extracomment>
            <translation>Copiar número</translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <extracomment>status message after Copy number in a chat row's menu</extracomment>
            <translation>{number} copiado.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Say something</source>
            <extracomment>placeholder of the box where the message to send is typed</extracomment>
            <translation>Escribe algo</translation>
        </message>
        <message>
            <source>Templates: insert a saved reply (or type / and its name)</source>
            <translation>Plantillas: inserta una respuesta guardada (o escribe / y su nombre)</translation>
        </message>
        <message>
            <source>Attach picture: send a picture (or drop one on the conversation)</source>
            <translation>Adjuntar imagen: envía una imagen (o suéltala en la conversación)</translation>
        </message>
        <message>
            <source>Replies to a sender name can't be delivered</source>
            <translation>Las respuestas a un nombre de remitente no se pueden entregar</translation>
        </message>
        <message>
            <source>Can't reply</source>
            <translation>No se puede responder</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Dado de baja</translation>
        </message>
    </context>
    <context>
        <name>Connecting</name>
        <message>
            <source>SMS Desk is still connecting to its database. A conversation you click in the list opens in a moment; everything else works once it is connected.</source>
            <translation>SMS Desk todavía se está conectando a su base de datos. Una conversación en la que haces clic en la lista se abre en un momento; todo lo demás funciona en cuanto esté conectado.</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Un contacto necesita un nombre.</translation>
        </message>
        <message>
            <source>The name “{name}…” is too long: at most {most} characters.</source>
            <translation>El nombre «{name}…» es demasiado largo: como máximo, {most} caracteres.</translation>
        </message>
        <message>
            <source>The company of {name} is too long: at most {most} characters.</source>
            <translation>La empresa de {name} es demasiado larga: como máximo, {most} caracteres.</translation>
        </message>
        <message>
            <source>{name} needs at least one number.</source>
            <translation>{name} necesita al menos un número.</translation>
        </message>
        <message>
            <source>This contact no longer exists; it may have been deleted.</source>
            <translation>Este contacto ya no existe; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>{number} already belongs to {name}.</source>
            <translation>{number} ya pertenece a {name}.</translation>
        </message>
        <message>
            <source>One of these numbers was just given to another contact. Try again.</source>
            <translation>Uno de estos números se acaba de asignar a otro contacto. Vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Numbers</source>
            <extracomment>the heading above a contact's phone numbers</extracomment>
            <translation>Números</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>button beside a contact's number: opens the conversation with that number</extracomment>
            <translation>Escribir SMS</translation>
        </message>
        <message>
            <source>Message {number}</source>
            <extracomment>what a screen reader says of the Message button: its word first, then the number it writes to ("Message (415) 555-0134")</extracomment>
            <translation>Escribir SMS a {number}</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Añadir contacto</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Aún no hay contactos.</translation>
        </message>
        <message>
            <source>Add the people you text, or import them from a vCard or CSV file (phones and address books export one).</source>
            <translation>Añade a las personas a las que escribes o impórtalas desde un archivo vCard o CSV (los teléfonos y las libretas de direcciones pueden exportar uno).</translation>
        </message>
        <message>
            <source>No contact matches.</source>
            <translation>Ningún contacto coincide.</translation>
        </message>
        <message>
            <source>Search looks at names, companies and numbers.</source>
            <translation>La búsqueda mira nombres, empresas y números.</translation>
        </message>
        <message>
            <source>No contact chosen.</source>
            <translation>Ningún contacto seleccionado.</translation>
        </message>
        <message>
            <source>Choose a contact in the list to see it here.</source>
            <translation>Elige un contacto de la lista para verlo aquí.</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>Escribe un nombre.</translation>
        </message>
        <message>
            <source>“{number}”: {problem}</source>
            <extracomment>a line of the Numbers box that is not a number, and why</extracomment>
            <translation>«{number}»: {problem}</translation>
        </message>
        <message>
            <source>Enter at least one number.</source>
            <translation>Escribe al menos un número.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>One number per line, e.g. +1 415 555 0100</source>
            <translation>Un número por línea, p. ej., +34 612 34 56 78</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>The contact could not be saved. {reason}</source>
            <translation>No se ha podido guardar el contacto. {reason}</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Editar contacto</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Importar contactos de {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate row(s) merged by number</source>
            <translation>
                <numerusform>%n fila duplicada combinada por número</numerusform>
                <numerusform>%n filas duplicadas combinadas por número</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported ({merged}).</source>
            <extracomment>{merged} is "3 duplicate rows merged by number"</extracomment>
            <translation>
                <numerusform>Se importará %n contacto ({merged}).</numerusform>
                <numerusform>Se importarán %n contactos ({merged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported.</source>
            <translation>
                <numerusform>Se importará %n contacto.</numerusform>
                <numerusform>Se importarán %n contactos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can't be imported: see the reasons below.</source>
            <translation>
                <numerusform>%n fila no se puede importar: consulta los motivos más abajo.</numerusform>
                <numerusform>%n filas no se pueden importar: consulta los motivos más abajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation>Contactos del archivo</translation>
        </message>
        <message>
            <source>Row</source>
            <extracomment>the column of the row's line number in the file</extracomment>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Will be imported</source>
            <translation>Se importará</translation>
        </message>
        <message>
            <source>Will be imported ({problems})</source>
            <translation>Se importará ({problems})</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importar contactos</translation>
        </message>
        <message>
            <source>Contacts ({patterns})</source>
            <translation>Contactos ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation>No se ha importado nada. {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}.</source>
            <translation>No se ha importado nada: {reason}.</translation>
        </message>
        <message>
            <source>Nothing was imported: it could not be read.</source>
            <translation>No se ha importado nada: no se ha podido leer.</translation>
        </message>
        <message>
            <source>Nothing was imported: the file could not be read.</source>
            <translation>No se ha importado nada: no se ha podido leer el archivo.</translation>
        </message>
        <message>
            <source>Imported: {added} new, {updated} updated, {unchanged} already there.</source>
            <translation>Importación: {added} nuevos, {updated} actualizados, {unchanged} ya existían.</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exportar contactos</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {file}.</source>
            <translation>
                <numerusform>Se ha exportado %n contacto a {file}.</numerusform>
                <numerusform>Se han exportado %n contactos a {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts could not be exported. {reason}</source>
            <translation>No se han podido exportar los contactos. {reason}</translation>
        </message>
        <message>
            <source>{company} · {number}</source>
            <extracomment>a contact row's second line: the company, then the first number</extracomment>
            <translation>{company} · {number}</translation>
        </message>
        <message>
            <source>Contact list</source>
            <translation>Lista de contactos</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Buscar contactos</translation>
        </message>
        <message>
            <source>Search by name, company or number</source>
            <translation>Buscar por nombre, empresa o número</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Eliminar contacto</translation>
        </message>
        <message>
            <source>Delete {name}? Their conversations stay, shown by number.</source>
            <translation>¿Quieres eliminar a {name}? Sus conversaciones se conservan y se muestran con el número.</translation>
        </message>
    </context>
    <context>
        <name>ContactsFile</name>
        <message>
            <source>no name</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>sin nombre</translation>
        </message>
        <message>
            <source>“{number}” is not a phone number</source>
            <translation>«{number}» no es un número de teléfono</translation>
        </message>
        <message>
            <source>no phone number</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>sin número de teléfono</translation>
        </message>
        <message>
            <source>{file} is neither a vCard (.vcf) nor a CSV file of contacts.</source>
            <translation>{file} no es ni una vCard (.vcf) ni un archivo CSV de contactos.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>This is not a contacts file: it holds binary data, not text.</source>
            <translation>Esto no es un archivo de contactos: contiene datos binarios, no texto.</translation>
        </message>
        <message>
            <source>Line {line}: this is not a vCard (no BEGIN:VCARD).</source>
            <translation>Línea {line}: esto no es una vCard (falta BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>Line {line}: this vCard has no END:VCARD; the file may be cut short.</source>
            <translation>Línea {line}: esta vCard no tiene END:VCARD; puede que el archivo esté incompleto.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quoted cell is never closed.</source>
            <translation>Línea {line}: este archivo CSV está mal formado: una celda entrecomillada no se cierra nunca.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quote inside a quoted cell is not doubled.</source>
            <translation>Línea {line}: este archivo CSV está mal formado: unas comillas dentro de una celda entrecomillada no están duplicadas.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: {reason}.</source>
            <translation>Línea {line}: este archivo CSV está mal formado: {reason}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name) and no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Este archivo CSV no tiene columna de nombre (Name, o First Name y Last Name) ni columna de teléfono (Phone, Mobile, Number o Telephone). Sus columnas son: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name). Its columns are: {columns}.</source>
            <translation>Este archivo CSV no tiene columna de nombre (Name, o First Name y Last Name). Sus columnas son: {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Este archivo CSV no tiene columna de teléfono (Phone, Mobile, Number o Telephone). Sus columnas son: {columns}.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>the list of a CSV file's columns when it has none</extracomment>
            <translation>ninguna</translation>
        </message>
    </context>
    <context>
        <name>ConversationActions</name>
        <message>
            <source>Mark as read</source>
            <extracomment>menu entry: marks the conversation's messages as read</extracomment>
            <translation>Marcar como leído</translation>
        </message>
        <message>
            <source>Mark as unread</source>
            <extracomment>menu entry: marks the conversation as unread again</extracomment>
            <translation>Marcar como no leído</translation>
        </message>
        <message>
            <source>Call</source>
            <extracomment>button: phones the conversation's number</extracomment>
            <translation>Llamar</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to a colleague</extracomment>
            <translation>Transferir</translation>
        </message>
        <message>
            <source>Dealt with</source>
            <extracomment>button: marks the conversation as handled</extracomment>
            <translation>Resolver</translation>
        </message>
        <message>
            <source>Archive</source>
            <extracomment>menu entry: moves the conversation to the archive</extracomment>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <extracomment>menu entry: brings an archived conversation back to the list</extracomment>
            <translation>Desarchivar</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Añadir contacto</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Editar contacto</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the open conversation (it stays in the list)</extracomment>
            <translation>Cerrar</translation>
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
            <translation>{when} · Recibido · de {sender} a {recipient} · {status}</translation>
        </message>
        <message>
            <source>{when} · Sent · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Enviado · de {sender} a {recipient} · {status}</translation>
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
            <translation>Número corto</translation>
        </message>
        <message>
            <source>Sender name: replies can't be delivered</source>
            <translation>Nombre de remitente: las respuestas no se pueden entregar</translation>
        </message>
        <message>
            <source>Owner</source>
            <extracomment>what the label under the title is, for a screen reader: who owns the conversation</extracomment>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>Más opciones</translation>
        </message>
        <message>
            <source>More options: {actions}</source>
            <translation>Más opciones: {actions}</translation>
        </message>
        <message>
            <source>Unowned</source>
            <extracomment>the conversation has no owner yet (a colleague who replies becomes its owner)</extracomment>
            <translation>Sin responsable</translation>
        </message>
        <message>
            <source>Unowned — the first to reply owns it</source>
            <translation>Sin responsable: quien responda primero se encarga</translation>
        </message>
        <message>
            <source>Owner: you</source>
            <translation>Responsable: tú</translation>
        </message>
        <message>
            <source>Owner: {colleague}</source>
            <translation>Responsable: {colleague}</translation>
        </message>
        <message>
            <source>Conversation with {title}</source>
            <translation>Conversación con {title}</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>button: sends the failed messages again</extracomment>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>button: gives up on the failed messages (they show as cancelled, never sent)</extracomment>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>The gateway refused it.</source>
            <translation>La pasarela lo ha rechazado.</translation>
        </message>
        <message>
            <source>A message was not sent. {reason}</source>
            <translation>Un mensaje no se ha enviado. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) were not sent. Latest: {reason}</source>
            <translation>
                <numerusform>%n mensaje no se ha enviado. Motivo: {reason}</numerusform>
                <numerusform>%n mensajes no se han enviado. Último motivo: {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Dado de baja</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <source>Your pictures were not sent. {reason}</source>
            <translation>Tus imágenes no se han enviado. {reason}</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>un compañero</translation>
        </message>
        <message>
            <source>{reason} Your message was not sent; its text is back in the box.</source>
            <translation>{reason} Tu mensaje no se ha enviado; el texto vuelve a estar en el cuadro.</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>button: sends the typed message now</extracomment>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Send (Enter) — Shift+Enter for a new line</source>
            <translation>Enviar (Intro); Mayús+Intro para una línea nueva</translation>
        </message>
        <message>
            <source>Send later…</source>
            <translation>Enviar más tarde…</translation>
        </message>
        <message>
            <source>Send options</source>
            <translation>Opciones de envío</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Enviar más tarde</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Longitud del mensaje</translation>
        </message>
        <message>
            <source>Composer notice</source>
            <translation>Aviso del cuadro de mensaje</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Send anyway?</source>
            <translation>Hay variables sin rellenar: {names}. ¿Quieres enviarlo igualmente?</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <extracomment>button: sends the message with its template variables left as they are</extracomment>
            <translation>Enviar igualmente</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on Windows and macOS the system's own credential store is used). On a server without a desktop, run SMS Desk in a D-Bus session with an unlocked keyring (for example `dbus-run-session -- sh`, then `gnome-keyring-daemon --unlock`), or type the password at each sign-in.</source>
            <translation>Instala y desbloquea un Secret Service como GNOME Keyring o KWallet (en Windows y macOS se usa el almacén de credenciales del propio sistema). En un servidor sin escritorio, ejecuta SMS Desk en una sesión D-Bus con un llavero desbloqueado (por ejemplo, `dbus-run-session -- sh` y después `gnome-keyring-daemon --unlock`) o escribe la contraseña cada vez que inicies sesión.</translation>
        </message>
        <message>
            <source>No secure keyring was found on this computer.</source>
            <translation>No se ha encontrado ningún llavero seguro en este ordenador.</translation>
        </message>
        <message>
            <source>Until then SMS Desk will not remember passwords, and cannot keep the gateway's auth token or a database password.</source>
            <translation>Hasta entonces, SMS Desk no recordará las contraseñas ni podrá guardar el auth token de la pasarela ni una contraseña de base de datos.</translation>
        </message>
        <message>
            <source>The keyring is locked. Unlock it (for example by logging in to your desktop again) and try again.</source>
            <translation>El llavero está bloqueado. Desbloquéalo (por ejemplo, volviendo a iniciar sesión en el escritorio) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The keyring could not be opened. Check that GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>No se ha podido abrir el llavero. Comprueba que GNOME Keyring o KWallet está en funcionamiento y desbloqueado, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The keyring refused to store the secret. Check that it is unlocked (for example in Passwords and Keys or KWalletManager) and try again.</source>
            <translation>El llavero se ha negado a guardar el secreto. Comprueba que está desbloqueado (por ejemplo, en Contraseñas y claves o en KWalletManager) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The keyring could not be reached. Check that a Secret Service such as GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>No se ha podido acceder al llavero. Comprueba que un Secret Service como GNOME Keyring o KWallet está en funcionamiento y desbloqueado, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The keyring is turned off: the null backend is configured (for example by PYTHON_KEYRING_BACKEND or keyringrc.cfg). Remove that setting.</source>
            <translation>El llavero está desactivado: está configurado el backend nulo (por ejemplo, con PYTHON_KEYRING_BACKEND o keyringrc.cfg). Quita esa configuración.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} keeps secrets in a file on disk, which is not safe enough. Remove the keyrings.alt package or configure another backend.</source>
            <translation>El backend de llavero {backend} guarda los secretos en un archivo en disco, lo que no es lo bastante seguro. Desinstala el paquete keyrings.alt o configura otro backend.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer ({problem}).</source>
            <extracomment>{problem} is the keyring library's own (English) reason</extracomment>
            <translation>El backend de llavero {backend} no se puede usar en este ordenador ({problem}).</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer.</source>
            <translation>El backend de llavero {backend} no se puede usar en este ordenador.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open the database {database}: {reason}</source>
            <translation>No se puede abrir la base de datos {database}: {reason}</translation>
        </message>
        <message>
            <source>The database URL in Settings is not valid. Examples: {examples}</source>
            <translation>La URL de la base de datos de la configuración no es válida. Ejemplos: {examples}</translation>
        </message>
        <message>
            <source>SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL.</source>
            <translation>SMS Desk no puede guardar sus datos en una base de datos {backend}; usa SQLite o PostgreSQL.</translation>
        </message>
        <message>
            <source>SMS Desk needs a database file; an in-memory SQLite database won't do.</source>
            <translation>SMS Desk necesita un archivo de base de datos; no sirve una base de datos SQLite en memoria.</translation>
        </message>
        <message>
            <source>Cannot create the database folder {folder}: {reason}</source>
            <translation>No se puede crear la carpeta de la base de datos {folder}: {reason}</translation>
        </message>
        <message>
            <source>This database was created by a newer SMS Desk (revision {revision}); update the app.</source>
            <translation>Esta base de datos la ha creado una versión más reciente de SMS Desk (revisión {revision}); actualiza la aplicación.</translation>
        </message>
        <message>
            <source>SMS Desk is still connecting to its database.</source>
            <translation>SMS Desk todavía se está conectando a su base de datos.</translation>
        </message>
        <message>
            <source>SMS Desk could not open its database.</source>
            <translation>SMS Desk no ha podido abrir su base de datos.</translation>
        </message>
        <message>
            <source>The database URL is not valid. Examples: {examples}</source>
            <translation>La URL de la base de datos no es válida. Ejemplos: {examples}</translation>
        </message>
        <message>
            <source>The team features need a PostgreSQL database URL.</source>
            <translation>Las funciones de equipo necesitan una URL de base de datos PostgreSQL.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>The remembered sign-in did not work.</source>
            <translation>El inicio de sesión recordado no ha funcionado.</translation>
        </message>
        <message>
            <source>SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk doctor`: it checks the database and says what to do.</source>
            <translation>SMS Desk no puede leer sus cuentas de la base de datos ({reason}). Ejecuta `smsdesk doctor`: comprueba la base de datos y te indica qué hacer.</translation>
        </message>
        <message>
            <source>SMS Desk could not change whether it starts at login: {reason}</source>
            <translation>SMS Desk no ha podido cambiar si se inicia al iniciar sesión: {reason}</translation>
        </message>
        <message>
            <source>The new database will be used the next time SMS Desk starts.</source>
            <translation>La nueva base de datos se usará la próxima vez que se inicie SMS Desk.</translation>
        </message>
        <message>
            <source>Not saved, so not sent. {reason}</source>
            <translation>No se ha guardado, así que no se ha enviado. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <source>Open</source>
            <extracomment>a notification's button: shows the conversation in SMS Desk</extracomment>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a notification's button: answer the SMS</extracomment>
            <translation>Responder</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a notification's button: the SMS was seen, the conversation no longer unread</extracomment>
            <translation>Marcar como leído</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>history</source>
            <extracomment>the kind of a line in an exported conversation: a history line ("Dealt with by Anna")</extracomment>
            <translation>historial</translation>
        </message>
        <message>
            <source>received</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk received</extracomment>
            <translation>recibido</translation>
        </message>
        <message>
            <source>sent</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk sent</extracomment>
            <translation>enviado</translation>
        </message>
        <message>
            <source>this desk</source>
            <comment>the sender or recipient in an export</comment>
            <translation>este puesto</translation>
        </message>
        <message>
            <source>not sent: {reason}</source>
            <translation>no enviado: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>[%n picture(s)]</source>
            <translation>
                <numerusform>[%n imagen]</numerusform>
                <numerusform>[%n imágenes]</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>a column header of an exported conversation: sent, received or history</extracomment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>a column header of an exported conversation: who sent the message</extracomment>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <extracomment>a column header of an exported conversation: who received the message</extracomment>
            <translation>Para</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Text</source>
            <extracomment>a column header of an exported conversation: the message's text</extracomment>
            <translation>Texto</translation>
        </message>
        <message>
            <source>{day} {year} {time}</source>
            <comment>the moment of an export</comment>
            <translation>{day} de {year}, {time}</translation>
        </message>
        <message>
            <source>Conversation with {name} · {number} — exported {when}</source>
            <translation>Conversación con {name} · {number} — exportada el {when}</translation>
        </message>
        <message>
            <source>Conversation with {number} — exported {when}</source>
            <translation>Conversación con {number} — exportada el {when}</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>a column header of the exported opt-out list: the customer's number</extracomment>
            <translation>Número</translation>
        </message>
        <message>
            <source>Desk number</source>
            <extracomment>a column header of the exported opt-out list: the office's number they texted</extracomment>
            <translation>Número del puesto</translation>
        </message>
        <message>
            <source>Opted out at</source>
            <translation>Fecha de baja</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>a column header of the exported opt-out list: why they are opted out</extracomment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed (error {code})</source>
            <translation>el operador informa de la baja (error {code})</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed</source>
            <translation>el operador informa de la baja</translation>
        </message>
        <message>
            <source>replied {keyword}</source>
            <extracomment>why a number is opted out: the customer texted a keyword such as STOP</extracomment>
            <translation>respondió {keyword}</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <source>Something went wrong, so this was not done. Try again; if it happens again, send the log file to whoever looks after SMS Desk (Help → About SMS Desk says where it is).</source>
            <translation>Algo ha fallado y no se ha podido hacer. Vuelve a intentarlo; si vuelve a ocurrir, envía el archivo de registro a quien se encargue de SMS Desk (en Ayuda → Acerca de SMS Desk se indica dónde está).</translation>
        </message>
        <message>
            <source>The computer refused: {reason} ({file}).</source>
            <translation>El ordenador lo ha impedido: {reason} ({file}).</translation>
        </message>
        <message>
            <source>The computer refused: {reason}.</source>
            <translation>El ordenador lo ha impedido: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in conversation</source>
            <translation>Buscar en la conversación</translation>
        </message>
        <message>
            <source>Matches</source>
            <extracomment>screen-reader name of the count of matches ("3 of 12")</extracomment>
            <translation>Coincidencias</translation>
        </message>
        <message>
            <source>Previous</source>
            <extracomment>button: goes to the previous match of the text searched for</extracomment>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Coincidencia anterior (Mayús+Intro)</translation>
        </message>
        <message>
            <source>Next</source>
            <extracomment>button: goes to the next match of the text searched for</extracomment>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Coincidencia siguiente (Intro)</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Cerrar búsqueda</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Cerrar búsqueda (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin coincidencias</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <extracomment>the match shown and how many there are: "3 of 12"</extracomment>
            <translation>{current} de {total}</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Today</source>
            <extracomment>a heading over the messages of today in a conversation</extracomment>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <extracomment>a heading over the messages of yesterday in a conversation</extracomment>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>today at {time}</source>
            <translation>hoy a las {time}</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>ayer a las {time}</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
    </context>
    <context>
        <name>Gateway</name>
        <message>
            <source>The SMS gateway address is not a web address. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>La dirección de la pasarela SMS no es una dirección web. Debe ser como https://api.twilio.com; revísala en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain a user name or password. Put the Account SID and auth token in their own fields in Settings.</source>
            <translation>La dirección de la pasarela SMS no debe contener un nombre de usuario ni una contraseña. Escribe el Account SID y el auth token en sus propios campos de la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain '?' or '#'. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>La dirección de la pasarela SMS no debe contener «?» ni «#». Debe ser como https://api.twilio.com; revísala en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway address for {host} uses plain http, which would send the auth token and messages unencrypted. Use an https:// address instead.</source>
            <translation>La dirección de la pasarela SMS para {host} usa http sin cifrar, por lo que el auth token y los mensajes se enviarían sin cifrado. Usa una dirección https://.</translation>
        </message>
        <message>
            <source>The relay address is not a web address. It should look like https://sms-relay.example.com; your administrator has it.</source>
            <translation>La dirección del relé no es una dirección web. Debe parecerse a https://sms-relay.example.com; tu administrador la tiene.</translation>
        </message>
        <message>
            <source>The relay address must not contain a user name, password, '?' or '#': enter only its https:// address.</source>
            <translation>La dirección del relé no puede contener usuario, contraseña, «?» ni «#»: escribe solo su dirección https://.</translation>
        </message>
        <message>
            <source>The relay address for {host} uses plain http: carriers only post to https:// addresses. Use the relay's https:// address.</source>
            <translation>La dirección del relé para {host} usa http sin cifrar: los operadores solo envían a direcciones https://. Usa la dirección https:// del relé.</translation>
        </message>
        <message>
            <source>No {field} is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>No hay ningún {field} guardado para la pasarela SMS. Abre la configuración (Ctrl+,) y escríbelo.</translation>
        </message>
    </context>
    <context>
        <name>GatewayErrors</name>
        <message>
            <source>The SMS gateway reported a problem but did not say what it was. Try again; if it keeps happening, tell your administrator.</source>
            <extracomment>Longest piece of the gateway's own text we repeat: it is untrusted and written for developers, so a pop-up must not fill up with it.
----------
"Blocked due to STOP message": the recipient opted out of the desk's number at Telnyx. The recipient's (or the desk's) number is the problem, for good: invalid phone number, must be +E.164, not routable (a landline), invalid destination, invalid source, invalid 'from' address, invalid 'to' address. The text itself is the problem: invalid message body. Nothing went out, and later it may: too many requests (the API's), rate limit exceeded upstream ("a temporary condition"), expired in Telnyx's queue before it was sent, the message queue is full. The engine sends such a message again later, by itself.</extracomment>
            <translation>La pasarela SMS ha informado de un problema, pero no ha indicado cuál. Vuelve a intentarlo; si sigue ocurriendo, avisa a tu administrador.</translation>
        </message>
        <message>
            <source>Too many messages went to this number in a short time, so the gateway held this one back. Press Retry in a minute.</source>
            <translation>Se han enviado demasiados mensajes a este número en poco tiempo, así que la pasarela ha retenido este. Pulsa Reintentar dentro de un minuto.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <translation>La pasarela SMS ha rechazado el Account SID o el auth token. Revísalos en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. It may have been deleted there.</source>
            <translation>La pasarela SMS no tiene constancia de ese mensaje. Puede que se haya eliminado allí.</translation>
        </message>
        <message>
            <source>The SMS gateway is receiving too many requests right now. SMS Desk will try again in a moment.</source>
            <translation>La pasarela SMS está recibiendo demasiadas solicitudes en este momento. SMS Desk lo volverá a intentar enseguida.</translation>
        </message>
        <message>
            <source>The recipient's number is not a valid phone number. Check the number and try again.</source>
            <translation>El número del destinatario no es un número de teléfono válido. Revisa el número y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The recipient's number is a short code, and short codes can't be sent SMS from here.</source>
            <translation>El número del destinatario es un número corto, y desde aquí no se pueden enviar SMS a números cortos.</translation>
        </message>
        <message>
            <source>You can't send an SMS to the desk's own number. Check the recipient's number.</source>
            <translation>No puedes enviar un SMS al propio número del puesto. Revisa el número del destinatario.</translation>
        </message>
        <message>
            <source>The SMS account is not allowed to send to this country. Ask your administrator to enable the country in the gateway's messaging permissions.</source>
            <translation>La cuenta SMS no tiene permiso para enviar a este país. Pide a tu administrador que active el país en los permisos de mensajería de la pasarela.</translation>
        </message>
        <message>
            <source>The message is empty. Type some text before sending.</source>
            <translation>El mensaje está vacío. Escribe algo de texto antes de enviarlo.</translation>
        </message>
        <message>
            <source>The desk has no sending number set up. Ask your administrator to set it in Settings.</source>
            <translation>El puesto no tiene configurado ningún número de envío. Pide a tu administrador que lo configure en la configuración.</translation>
        </message>
        <message>
            <source>The message has no recipient. Enter the recipient's number and try again.</source>
            <translation>El mensaje no tiene destinatario. Escribe el número del destinatario y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The desk's sending number can't send SMS on this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>El número de envío del puesto no puede enviar SMS con esta cuenta de la pasarela. Pide a tu administrador que revise el número en la configuración.</translation>
        </message>
        <message>
            <source>The recipient replied STOP to opt out of messages from this number. They must text START before you can message them again.</source>
            <translation>El destinatario respondió STOP para darse de baja de los mensajes de este número. Tiene que enviar START para que puedas volver a escribirle.</translation>
        </message>
        <message>
            <source>The gateway can't send SMS to this number from the desk's number (it may be a landline or a kind of number it does not reach). Check the number or call instead.</source>
            <translation>La pasarela no puede enviar SMS a este número desde el número del puesto (puede que sea un fijo o un tipo de número al que no llega). Revisa el número o llama.</translation>
        </message>
        <message>
            <source>The recipient's number is not a mobile number, so it can't receive SMS. Check the number or call them instead.</source>
            <translation>El número del destinatario no es un móvil, así que no puede recibir SMS. Revisa el número o llámale.</translation>
        </message>
        <message>
            <source>The desk's number has too many messages waiting at the SMS gateway right now. SMS Desk will send this one when the queue has room.</source>
            <translation>El número del puesto tiene demasiados mensajes en espera en la pasarela SMS en este momento. SMS Desk enviará este cuando haya sitio en la cola.</translation>
        </message>
        <message>
            <source>The message is longer than 1,600 characters, the gateway's limit. Shorten it or split it into several messages.</source>
            <translation>El mensaje supera los 1600 caracteres, el límite de la pasarela. Acórtalo o divídelo en varios mensajes.</translation>
        </message>
        <message>
            <source>The desk's sending number does not belong to this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>El número de envío del puesto no pertenece a esta cuenta de la pasarela. Pide a tu administrador que revise el número en la configuración.</translation>
        </message>
        <message>
            <source>The gateway had too many messages waiting and dropped this one. Send it again in a few minutes.</source>
            <translation>La pasarela tenía demasiados mensajes en espera y ha descartado este. Vuelve a enviarlo dentro de unos minutos.</translation>
        </message>
        <message>
            <source>The SMS gateway account is suspended, so nothing can be sent. Ask your administrator to contact the gateway provider.</source>
            <translation>La cuenta de la pasarela SMS está suspendida, así que no se puede enviar nada. Pide a tu administrador que se ponga en contacto con el proveedor de la pasarela.</translation>
        </message>
        <message>
            <source>The recipient's phone could not be reached; it may be switched off or out of coverage. Try again later.</source>
            <translation>No se ha podido contactar con el teléfono del destinatario; puede que esté apagado o fuera de cobertura. Vuelve a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>The message was blocked by the recipient's phone or carrier; they may have blocked this number. Contact them another way.</source>
            <translation>El teléfono o el operador del destinatario ha bloqueado el mensaje; puede que haya bloqueado este número. Ponte en contacto con él de otra forma.</translation>
        </message>
        <message>
            <source>The recipient's number does not exist or is no longer in service. Check the number.</source>
            <translation>El número del destinatario no existe o ya no está en servicio. Revisa el número.</translation>
        </message>
        <message>
            <source>The recipient's number is a landline or its carrier can't receive SMS. Call them instead.</source>
            <translation>El número del destinatario es un fijo o su operador no puede recibir SMS. Llámale.</translation>
        </message>
        <message>
            <source>The recipient's carrier filtered this message as possible spam. Rephrase it (fewer links and capitals) or contact them another way.</source>
            <translation>El operador del destinatario ha filtrado este mensaje como posible spam. Redáctalo de otra forma (con menos enlaces y mayúsculas) o ponte en contacto con él de otra forma.</translation>
        </message>
        <message>
            <source>The recipient's carrier could not deliver the message and gave no reason. Try sending it again later.</source>
            <translation>El operador del destinatario no ha podido entregar el mensaje y no ha indicado el motivo. Vuelve a enviarlo más tarde.</translation>
        </message>
        <message>
            <source>US carriers limit how fast the desk's number may send, and this message went over the limit. Press Retry in a few minutes.</source>
            <translation>Los operadores de EE. UU. limitan la velocidad de envío del número del puesto, y este mensaje ha superado el límite. Pulsa Reintentar dentro de unos minutos.</translation>
        </message>
        <message>
            <source>US carriers blocked the message because the sending number is not registered for business texting (A2P 10DLC). Ask your administrator to complete the registration.</source>
            <translation>Los operadores de EE. UU. han bloqueado el mensaje porque el número de envío no está registrado para mensajería empresarial (A2P 10DLC). Pide a tu administrador que complete el registro.</translation>
        </message>
        <message>
            <source>The message was cancelled at the SMS gateway before it was sent. Press Retry if it should still go.</source>
            <translation>El mensaje se ha cancelado en la pasarela SMS antes de enviarse. Pulsa Reintentar si aún debe enviarse.</translation>
        </message>
        <message>
            <source>{gateway_text} (error {code})</source>
            <extracomment>{gateway_text} is the gateway's own (English) explanation, shown as it came
----------
Longest piece of Telnyx's own text repeated: it is untrusted and written for developers. {gateway_text} is the gateway's own (English) explanation, shown as it came</extracomment>
            <translation>{gateway_text} (error {code})</translation>
        </message>
        <message>
            <source>The SMS gateway reported a problem it did not explain (error {code}). Try again; if it keeps happening, tell your administrator.</source>
            <translation>La pasarela SMS ha informado de un problema sin explicarlo (error {code}). Vuelve a intentarlo; si sigue ocurriendo, avisa a tu administrador.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message as too large (HTTP 413), so it was not sent. Shorten the text or send fewer or smaller pictures, then press Retry.</source>
            <translation>La pasarela SMS ha rechazado este mensaje por ser demasiado grande (HTTP 413), así que no se ha enviado. Acorta el texto o envía menos imágenes o más pequeñas y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message (HTTP {status}) without saying why, so it was not sent. Check the number and text and press Retry; if it happens again, ask your administrator to check the gateway address and proxy in Settings.</source>
            <translation>La pasarela SMS ha rechazado este mensaje (HTTP {status}) sin indicar el motivo, así que no se ha enviado. Revisa el número y el texto y pulsa Reintentar; si vuelve a ocurrir, pide a tu administrador que revise la dirección de la pasarela y el proxy en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>La pasarela SMS de {host} rechaza las solicitudes de SMS Desk (HTTP {status}) sin indicar el motivo; puede que un proxy o un cortafuegos intermedio las esté bloqueando. Pide a tu administrador que revise la dirección de la pasarela en la configuración; los mensajes esperan hasta que funcione.</translation>
        </message>
        <message>
            <source>The SMS gateway refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>La pasarela SMS rechaza las solicitudes de SMS Desk (HTTP {status}) sin indicar el motivo; puede que un proxy o un cortafuegos intermedio las esté bloqueando. Pide a tu administrador que revise la dirección de la pasarela en la configuración; los mensajes esperan hasta que funcione.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>MIT licence</source>
            <translation>licencia MIT</translation>
        </message>
        <message>
            <source>About SMS Desk</source>
            <translation>Acerca de SMS Desk</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Versión {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Send, receive and manage business SMS from your phone extension. Free software under the {licence}.</source>
            <translation>Envía, recibe y gestiona los SMS de empresa desde tu extensión telefónica. Software libre bajo la {licence}.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Copiar diagnóstico</translation>
        </message>
        <message>
            <source>Copies the `smsdesk doctor` report (it holds no secrets)</source>
            <translation>Copia el informe de `smsdesk doctor` (no contiene secretos)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>The diagnostics are on the clipboard: paste them into your message.</source>
            <translation>El diagnóstico está en el portapapeles: pégalo en tu mensaje.</translation>
        </message>
        <message>
            <source>The diagnostics could not be gathered. {reason}</source>
            <translation>No se ha podido recopilar el diagnóstico. {reason}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Métodos abreviados de teclado</translation>
        </message>
    </context>
    <context>
        <name>Ingest</name>
        <message>
            <source>Back in Chats: new message from {sender}</source>
            <translation>De vuelta en Chats: mensaje nuevo de {sender}</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>SMS Desk cannot start: its data folder (messages and database) should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <extracomment>Exit status of a start that could not go on. How long quitting waits for the threads, all together: a logout's session manager kills an app that takes much longer, and Quit should feel immediate (the process ends within 2 s).</extracomment>
            <translation>SMS Desk no puede iniciarse: su carpeta de datos (mensajes y base de datos) debería estar en {folder}, pero {where} es un archivo, no una carpeta. Mueve o cambia el nombre de ese archivo y vuelve a iniciar SMS Desk.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its settings folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk no puede iniciarse: su carpeta de configuración debería estar en {folder}, pero {where} es un archivo, no una carpeta. Mueve o cambia el nombre de ese archivo y vuelve a iniciar SMS Desk.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its log folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk no puede iniciarse: su carpeta de registros debería estar en {folder}, pero {where} es un archivo, no una carpeta. Mueve o cambia el nombre de ese archivo y vuelve a iniciar SMS Desk.</translation>
        </message>
        <message>
            <source>the disk there is read-only</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <source>you are not allowed to write there</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>no tienes permiso para escribir ahí</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its data folder (messages and database) {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk no puede iniciarse: no puede crear su carpeta de datos (mensajes y base de datos) {folder} ({reason}). Da permiso de escritura a tu usuario en esa carpeta o inicia SMS Desk con --home y una carpeta en la que puedas escribir (por ejemplo: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its settings folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk no puede iniciarse: no puede crear su carpeta de configuración {folder} ({reason}). Da permiso de escritura a tu usuario en esa carpeta o inicia SMS Desk con --home y una carpeta en la que puedas escribir (por ejemplo: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its log folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk no puede iniciarse: no puede crear su carpeta de registros {folder} ({reason}). Da permiso de escritura a tu usuario en esa carpeta o inicia SMS Desk con --home y una carpeta en la que puedas escribir (por ejemplo: smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot write its log in {folder} ({reason}). Make that folder and the files in it writable for your user, or start SMS Desk with --home and a folder you can write to.</source>
            <translation>SMS Desk no puede iniciarse: no puede escribir su registro en {folder} ({reason}). Da permiso de escritura a tu usuario en esa carpeta y en sus archivos o inicia SMS Desk con --home y una carpeta en la que puedas escribir.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk no ha podido iniciarse por un problema inesperado ({problem}). Vuelve a iniciarlo; si ocurre siempre, envía el registro a tu contacto de informática.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). The details are in {log}. Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk no ha podido iniciarse por un problema inesperado ({problem}). Los detalles están en {log}. Vuelve a iniciarlo; si ocurre siempre, envía ese registro a tu contacto de informática.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in with your phone extension (for example 101), not your email address</source>
            <translation>Inicia sesión con tu extensión telefónica (por ejemplo, 101), no con tu dirección de correo electrónico</translation>
        </message>
        <message>
            <source>Create the first account</source>
            <translation>Crear la primera cuenta</translation>
        </message>
        <message>
            <source>Sign in to SMS Desk</source>
            <translation>Iniciar sesión en SMS Desk</translation>
        </message>
        <message>
            <source>Welcome to SMS Desk</source>
            <translation>Te damos la bienvenida a SMS Desk</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Nobody has an account on this SMS Desk yet. Create yours: you will be its administrator and can add your colleagues later.</source>
            <translation>Nadie tiene todavía una cuenta en este SMS Desk. Crea la tuya: serás su administrador y podrás añadir a tus compañeros más adelante.</translation>
        </message>
        <message>
            <source>Use your phone extension and your password.</source>
            <translation>Usa tu extensión telefónica y tu contraseña.</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extensión</translation>
        </message>
        <message>
            <source>for example 101</source>
            <translation>por ejemplo, 101</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>as colleagues will see it, e.g. Anna Smith</source>
            <translation>como lo verán tus compañeros, p. ej., Ana García</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Repetir contraseña</translation>
        </message>
        <message>
            <source>Remember me</source>
            <translation>Recordarme</translation>
        </message>
        <message>
            <source>Waiting to sign in</source>
            <translation>Esperando para iniciar sesión</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problema al iniciar sesión</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Crear cuenta</translation>
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation>&amp;Extensión</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Tu &amp;nombre</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>&amp;Repetir contraseña</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Escribe tu contraseña.</translation>
        </message>
        <message>
            <source>Enter your name, as your colleagues will see it.</source>
            <translation>Escribe tu nombre tal como lo verán tus compañeros.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Las dos contraseñas no coinciden. Vuelve a escribirlas.</translation>
        </message>
        <message>
            <source>No secure keyring is available to keep your password.</source>
            <translation>No hay ningún llavero seguro disponible para guardar tu contraseña.</translation>
        </message>
        <message>
            <source>Your password can't be remembered on this computer. {advice} You can still sign in: you will be asked for your password next time.</source>
            <translation>No se puede recordar tu contraseña en este ordenador. {advice} Puedes iniciar sesión igualmente: la próxima vez se te pedirá la contraseña.</translation>
        </message>
        <message>
            <source>After wrong sign-ins SMS Desk answers more slowly: wait {seconds} s.</source>
            <translation>Tras varios inicios de sesión fallidos, SMS Desk responde más despacio: espera {seconds} s.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <source>Signed in, but your password could not be remembered: {reason}</source>
            <translation>Has iniciado sesión, pero no se ha podido recordar tu contraseña: {reason}</translation>
        </message>
        <message>
            <source>Creating your account…</source>
            <translation>Creando tu cuenta…</translation>
        </message>
        <message>
            <source>Signing in failed unexpectedly. Details are in the log file.</source>
            <translation>El inicio de sesión ha fallado de forma inesperada. Encontrarás los detalles en el archivo de registro.</translation>
        </message>
        <message>
            <source>{reason} The saved password no longer works: type your password.</source>
            <translation>{reason} La contraseña guardada ya no funciona: escribe tu contraseña.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No conversation selected</source>
            <translation>Ninguna conversación seleccionada</translation>
        </message>
        <message>
            <source>Choose a conversation in the chat list to read and reply.</source>
            <translation>Elige una conversación en la lista de chats para leerla y responder.</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>C&amp;onversación</translation>
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
            <translation>Nuevo SMS</translation>
        </message>
        <message>
            <source>New SMS ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+N", "Strg+N")</extracomment>
            <translation>Nuevo SMS ({keys})</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Buscar conversaciones</translation>
        </message>
        <message>
            <source>Search names, numbers and messages</source>
            <translation>Buscar nombres, números y mensajes</translation>
        </message>
        <message>
            <source>Search ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+F", "Strg+F")</extracomment>
            <translation>Buscar ({keys})</translation>
        </message>
        <message>
            <source>Conversation lists</source>
            <translation>Listas de conversaciones</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a tab: the conversations that were archived or dealt with</extracomment>
            <translation>Archivadas</translation>
        </message>
        <message>
            <source>No conversation matches “{text}”.</source>
            <translation>Ninguna conversación coincide con «{text}».</translation>
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
            <translation>Imagen no mostrada: SMS Desk no muestra imágenes {type}.</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image (no type given).</source>
            <translation>Imagen no mostrada: no es una imagen (sin tipo indicado).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image ({type}).</source>
            <translation>Imagen no mostrada: no es una imagen ({type}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is too large ({size}, limit {limit}).</source>
            <translation>Imagen no mostrada: es demasiado grande ({size}, límite {limit}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image, and it has no type.</source>
            <translation>Imagen no mostrada: no es una imagen real (sin tipo indicado).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image (labelled {type}).</source>
            <translation>Imagen no mostrada: no es una imagen real (etiquetada como {type}).</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>Cancelled · {time}</source>
            <extracomment>under a scheduled message that was cancelled: "Cancelled · 14:05"</extracomment>
            <translation>Cancelado · {time}</translation>
        </message>
        <message>
            <source>Picture not shown.</source>
            <translation>Imagen no mostrada.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <extracomment>under a failed message; {reason} is why ("The number is not valid.")</extracomment>
            <translation>No enviado: {reason}</translation>
        </message>
        <message>
            <source>Not sent: the gateway refused it.</source>
            <translation>No enviado: la pasarela lo ha rechazado.</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>link under a failed message: sends it again</extracomment>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>{event} · {time}</source>
            <extracomment>a history line in a conversation and its time: "Anna took over · 10:00"</extracomment>
            <translation>{event} · {time}</translation>
        </message>
        <message>
            <source>Picture could not be shown.</source>
            <translation>No se ha podido mostrar la imagen.</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Cargando imagen…</translation>
        </message>
    </context>
    <context>
        <name>MessageStatus</name>
        <message>
            <source>waiting to send</source>
            <translation>pendiente de envío</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>enviando</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>entregado</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>no enviado</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recibido</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>programado</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copiar texto</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>context-menu entry: sends a failed message again</extracomment>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>context-menu entry: gives up on a failed message (it shows as cancelled)</extracomment>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Edit scheduled message…</source>
            <translation>Editar mensaje programado…</translation>
        </message>
        <message>
            <source>Cancel scheduled message</source>
            <translation>Cancelar mensaje programado</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Could not load the messages. {reason}</source>
            <translation>No se han podido cargar los mensajes. {reason}</translation>
        </message>
        <message>
            <source>scheduled for today {time}</source>
            <extracomment>inside a sentence read aloud: "You, today at 16:02, scheduled for today 18:00: text"</extracomment>
            <translation>programado para hoy a las {time}</translation>
        </message>
        <message>
            <source>Scheduled for today {time}</source>
            <extracomment>under a scheduled message: when it will be sent</extracomment>
            <translation>Programado para hoy a las {time}</translation>
        </message>
        <message>
            <source>scheduled for {day} {time}</source>
            <extracomment>inside a sentence a screen reader speaks: {day} is "Thu" or "5 December"</extracomment>
            <translation>programado para el {day} a las {time}</translation>
        </message>
        <message>
            <source>Scheduled for {day} {time}</source>
            <extracomment>under a scheduled message: {day} is a weekday ("Thu") or a date ("5 December")</extracomment>
            <translation>Programado para el {day} a las {time}</translation>
        </message>
        <message>
            <source>Sent from the desk</source>
            <translation>Enviado desde el puesto</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Un compañero</translation>
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
            <translation>Contacto</translation>
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
            <translation>Tú</translation>
        </message>
    </context>
    <context>
        <name>NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation>Nueva conversación</translation>
        </message>
        <message>
            <source>Type a contact's name or a mobile number.</source>
            <translation>Escribe el nombre de un contacto o un número de móvil.</translation>
        </message>
        <message>
            <source>Name or number</source>
            <translation>Nombre o número</translation>
        </message>
        <message>
            <source>Name or number, e.g. +1 415 555 0100</source>
            <translation>Nombre o número, p. ej., +34 612 34 56 78</translation>
        </message>
        <message>
            <source>Number check</source>
            <translation>Comprobación del número</translation>
        </message>
        <message>
            <source>Start Chat</source>
            <translation>Iniciar chat</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Use {number}</source>
            <extracomment>a button: use the corrected number shown</extracomment>
            <translation>Usar {number}</translation>
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation>Elige un contacto de la lista.</translation>
        </message>
        <message>
            <source>No contact has this name. Type their number instead.</source>
            <translation>Ningún contacto tiene este nombre. Escribe su número.</translation>
        </message>
        <message>
            <source>{country} number</source>
            <extracomment>{country} is a country's name: "Germany number" (a valid number's country)</extracomment>
            <translation>Número de {country}</translation>
        </message>
        <message>
            <source>The conversation could not be opened. {reason}</source>
            <translation>No se ha podido abrir la conversación. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <source>New messages in %n more conversation(s).</source>
            <translation>
                <numerusform>Mensajes nuevos en %n conversación más.</numerusform>
                <numerusform>Mensajes nuevos en %n conversaciones más.</numerusform>
            </translation>
        </message>
        <message>
            <source>New messages</source>
            <translation>Mensajes nuevos</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n new message(s))</source>
            <extracomment>a notification's title: who wrote, and how many messages are new</extracomment>
            <translation>
                <numerusform>{name} (%n mensaje nuevo)</numerusform>
                <numerusform>{name} (%n mensajes nuevos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>{name} transferred a conversation to you</source>
            <translation>{name} te ha transferido una conversación</translation>
        </message>
        <message>
            <source>A colleague transferred a conversation to you</source>
            <translation>Un compañero te ha transferido una conversación</translation>
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
            <translation>El operador informa de que este número se dio de baja (error {code}) el {day}: los mensajes a este número están bloqueados</translation>
        </message>
        <message>
            <source>The carrier reports this number has unsubscribed on {day} — messages to it are blocked</source>
            <translation>El operador informa de que este número se dio de baja el {day}: los mensajes a este número están bloqueados</translation>
        </message>
        <message>
            <source>This number replied {keyword} on {day} — messages to it are blocked</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Este número respondió {keyword} el {day}: los mensajes a este número están bloqueados</translation>
        </message>
        <message>
            <source>Blocked — the carrier reports this number unsubscribed</source>
            <translation>Bloqueado: el operador informa de que este número se ha dado de baja</translation>
        </message>
        <message>
            <source>Blocked — this number replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Bloqueado: este número respondió {keyword}</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed (error {code})</source>
            <translation>Dado de baja: el operador informa de que este número se ha dado de baja (error {code})</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed</source>
            <translation>Dado de baja: el operador informa de que este número se ha dado de baja</translation>
        </message>
        <message>
            <source>Opted out: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Dado de baja: respondió {keyword}</translation>
        </message>
        <message>
            <source>Opted back in: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (START, UNSTOP, YES), not translated</extracomment>
            <translation>Dado de alta de nuevo: respondió {keyword}</translation>
        </message>
        <message>
            <source>This number has opted out of messages from this desk, so it was not sent. They must text START before you can message them again.</source>
            <extracomment>The reason a message to an opted-out number is refused (stored as its failure reason): marked here, translated where it is used (``refused()``).</extracomment>
            <translation>Este número se ha dado de baja de los mensajes de este puesto, así que no se ha enviado. Tiene que enviar START para que puedas volver a escribirle.</translation>
        </message>
    </context>
    <context>
        <name>Outbound</name>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Esta conversación ya no existe</translation>
        </message>
        <message>
            <source>Only a failed message can be sent again</source>
            <translation>Solo se puede volver a enviar un mensaje que no se ha enviado</translation>
        </message>
        <message>
            <source>Only a failed message can be discarded</source>
            <translation>Solo se puede descartar un mensaje que no se ha enviado</translation>
        </message>
        <message>
            <source>Scheduled message cancelled: they replied first</source>
            <translation>Mensaje programado cancelado: el contacto respondió antes</translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled message(s) cancelled: they replied first</source>
            <translation>
                <numerusform>%n mensaje programado cancelado: el contacto respondió antes</numerusform>
                <numerusform>%n mensajes programados cancelados: el contacto respondió antes</numerusform>
            </translation>
        </message>
        <message>
            <source>This scheduled message was cancelled already.</source>
            <translation>Este mensaje programado ya se había cancelado.</translation>
        </message>
        <message>
            <source>Too late: it has been sent.</source>
            <translation>Demasiado tarde: ya se ha enviado.</translation>
        </message>
        <message>
            <source>Too late: it was sent and failed.</source>
            <translation>Demasiado tarde: se intentó enviar y falló.</translation>
        </message>
        <message>
            <source>Too late: it is being sent.</source>
            <translation>Demasiado tarde: se está enviando.</translation>
        </message>
        <message>
            <source>This message is not scheduled.</source>
            <translation>Este mensaje no está programado.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The gateway's message id {sid} already belongs to another message</source>
            <extracomment>The outbox state of a message whose answer was lost where the gateway has no list to look it up in (Telnyx), once the wait for the carrier's event is over: the message shows FAILED with a sentence saying SMS Desk cannot tell whether it went; the user Retries it (``Outbound.retry``: a new attempt) or Discards it (``Outbound.discard``). The row is kept, never due, so that a late event of the carrier can still match it (``adopt_lost``). The error code of such a message (carriers' codes are positive): the UI says "cannot tell whether it went", not "not sent".</extracomment>
            <translation>El id. de mensaje {sid} de la pasarela ya pertenece a otro mensaje</translation>
        </message>
    </context>
    <context>
        <name>Ownership</name>
        <message>
            <source>Transferred from {owner} to {colleague} — {note}</source>
            <translation>Transferida de {owner} a {colleague}: {note}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by} — {note}</source>
            <translation>Transferida de {owner} a {colleague} por {by}: {note}</translation>
        </message>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Esta conversación ya no existe</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more. Try again.</source>
            <translation>Esta conversación ya no tiene responsable. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Un compañero</translation>
        </message>
        <message>
            <source>{colleague} took over from {owner}</source>
            <translation>{colleague} se hizo cargo en lugar de {owner}</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more.</source>
            <translation>Esta conversación ya no tiene responsable.</translation>
        </message>
        <message>
            <source>{owner} took this conversation meanwhile.</source>
            <translation>{owner} se ha hecho cargo de esta conversación mientras tanto.</translation>
        </message>
        <message>
            <source>A transfer note can be at most {most} characters long; this one has {count}.</source>
            <translation>Una nota de transferencia puede tener como máximo {most} caracteres; esta tiene {count}.</translation>
        </message>
        <message>
            <source>Choose a colleague to transfer it to, not yourself.</source>
            <translation>Elige un compañero al que transferirla; no puedes ser tú.</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague}</source>
            <translation>Transferida de {owner} a {colleague}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by}</source>
            <translation>Transferida de {owner} a {colleague} por {by}</translation>
        </message>
        <message>
            <source>That colleague's account no longer exists.</source>
            <translation>La cuenta de ese compañero ya no existe.</translation>
        </message>
        <message>
            <source>That colleague's account is disabled.</source>
            <translation>La cuenta de ese compañero está desactivada.</translation>
        </message>
        <message>
            <source>{owner} already owns it.</source>
            <translation>{owner} ya es el responsable.</translation>
        </message>
        <message>
            <source>Someone changed who owns it just now. Try again.</source>
            <translation>Alguien acaba de cambiar el responsable. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Marked dealt with by {colleague}</source>
            <translation>Marcada como resuelta por {colleague}</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can archive it.</source>
            <translation>{owner} está respondiendo a esta conversación; solo esa persona o un administrador pueden archivarla.</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can mark it dealt with.</source>
            <translation>{owner} está respondiendo a esta conversación; solo esa persona o un administrador pueden marcarla como resuelta.</translation>
        </message>
        <message>
            <source>Archived by {colleague}</source>
            <translation>Archivada por {colleague}</translation>
        </message>
        <message>
            <source>Moved back to Chats by {colleague}</source>
            <translation>Devuelta a Chats por {colleague}</translation>
        </message>
        <message>
            <source>A former colleague</source>
            <translation>Un antiguo compañero</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change conversations. Ask an administrator.</source>
            <translation>Tu cuenta está desactivada, así que no puedes cambiar conversaciones. Pregunta a un administrador.</translation>
        </message>
        <message>
            <source>{colleague} undid Dealt with</source>
            <translation>«Resolver» deshecho por {colleague}</translation>
        </message>
        <message>
            <source>{colleague} undid Archive</source>
            <translation>«Archivar» deshecho por {colleague}</translation>
        </message>
        <message>
            <source>It can no longer be undone: a new message arrived in the conversation.</source>
            <translation>Ya no se puede deshacer: ha llegado un mensaje nuevo a la conversación.</translation>
        </message>
        <message>
            <source>It can no longer be undone: {owner} is answering the conversation now.</source>
            <translation>Ya no se puede deshacer: {owner} está respondiendo ahora a la conversación.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation is back in Chats.</source>
            <translation>Ya no se puede deshacer: la conversación ha vuelto a Chats.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the account of the colleague who owned the conversation is disabled.</source>
            <translation>Ya no se puede deshacer: la cuenta del compañero al que pertenecía la conversación está desactivada.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation was changed meanwhile.</source>
            <translation>Ya no se puede deshacer: la conversación ha cambiado mientras tanto.</translation>
        </message>
    </context>
    <context>
        <name>PaneAndList</name>
        <message>
            <source>This conversation was moved to Archived.</source>
            <extracomment>a status message: a conversation open here was archived elsewhere (not by you here)</extracomment>
            <translation>Esta conversación se ha movido a Archivadas.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by a colleague.</source>
            <extracomment>a status message: a colleague archived (or marked dealt with) the open conversation</extracomment>
            <translation>Un compañero ha movido esta conversación a Archivadas.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by {colleague}.</source>
            <extracomment>a status message: {colleague} is who archived it, "Anna Smith (101)"</extracomment>
            <translation>{colleague} ha movido esta conversación a Archivadas.</translation>
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <source>{peer} is a sender name, not a phone number: carriers don't deliver replies to it, so SMS Desk can't send it a message.</source>
            <translation>{peer} es un nombre de remitente, no un número de teléfono: los operadores no le entregan respuestas, así que SMS Desk no puede enviarle mensajes.</translation>
        </message>
        <message>
            <source>This is not a phone number. Type digits, for example {example}.</source>
            <translation>Esto no es un número de teléfono. Escribe dígitos, por ejemplo, {example}.</translation>
        </message>
        <message>
            <source>This looks like a landline: SMS may not arrive. You can still send.</source>
            <translation>Parece un número fijo: puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>This is a toll-free number: SMS may not arrive. You can still send.</source>
            <translation>Es un número gratuito: puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>This is a premium-rate number: SMS may not arrive. You can still send.</source>
            <translation>Es un número de tarificación especial: puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>This is a shared-cost number: SMS may not arrive. You can still send.</source>
            <translation>Es un número de coste compartido: puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>This is an internet (VoIP) number: SMS may not arrive. You can still send.</source>
            <translation>Es un número de internet (VoIP): puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>This is a company switchboard (UAN) number: SMS may not arrive. You can still send.</source>
            <translation>Es un número de centralita de empresa (UAN): puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>This is a voicemail access number: SMS may not arrive. You can still send.</source>
            <translation>Es un número de acceso al buzón de voz: puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>This is a pager number: SMS may not arrive. You can still send.</source>
            <translation>Es un número de buscapersonas: puede que los SMS no lleguen. Puedes enviarlo igualmente.</translation>
        </message>
        <message>
            <source>Mobile number</source>
            <translation>Número de móvil</translation>
        </message>
        <message>
            <source>Mobile or landline number</source>
            <translation>Número de móvil o fijo</translation>
        </message>
        <message>
            <source>Landline number</source>
            <translation>Número fijo</translation>
        </message>
        <message>
            <source>Toll-free number</source>
            <translation>Número gratuito</translation>
        </message>
        <message>
            <source>Premium-rate number</source>
            <translation>Número de tarificación especial</translation>
        </message>
        <message>
            <source>Shared-cost number</source>
            <translation>Número de coste compartido</translation>
        </message>
        <message>
            <source>Internet (VoIP) number</source>
            <translation>Número de internet (VoIP)</translation>
        </message>
        <message>
            <source>Personal number</source>
            <translation>Número personal</translation>
        </message>
        <message>
            <source>Pager number</source>
            <translation>Número de buscapersonas</translation>
        </message>
        <message>
            <source>Company switchboard number</source>
            <translation>Número de centralita de empresa</translation>
        </message>
        <message>
            <source>Voicemail access number</source>
            <translation>Número de acceso al buzón de voz</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Mobile number ({country})</source>
            <translation>Número de móvil ({country})</translation>
        </message>
        <message>
            <source>Mobile or landline number ({country})</source>
            <translation>Número de móvil o fijo ({country})</translation>
        </message>
        <message>
            <source>Landline number ({country})</source>
            <translation>Número fijo ({country})</translation>
        </message>
        <message>
            <source>Toll-free number ({country})</source>
            <translation>Número gratuito ({country})</translation>
        </message>
        <message>
            <source>Premium-rate number ({country})</source>
            <translation>Número de tarificación especial ({country})</translation>
        </message>
        <message>
            <source>Shared-cost number ({country})</source>
            <translation>Número de coste compartido ({country})</translation>
        </message>
        <message>
            <source>Internet (VoIP) number ({country})</source>
            <translation>Número de internet (VoIP) ({country})</translation>
        </message>
        <message>
            <source>Personal number ({country})</source>
            <translation>Número personal ({country})</translation>
        </message>
        <message>
            <source>Pager number ({country})</source>
            <translation>Número de buscapersonas ({country})</translation>
        </message>
        <message>
            <source>Company switchboard number ({country})</source>
            <translation>Número de centralita de empresa ({country})</translation>
        </message>
        <message>
            <source>Voicemail access number ({country})</source>
            <translation>Número de acceso al buzón de voz ({country})</translation>
        </message>
        <message>
            <source>Phone number ({country})</source>
            <translation>Número de teléfono ({country})</translation>
        </message>
        <message>
            <source>Add the country code: start with +, for example {example}.</source>
            <translation>Añade el prefijo del país: empieza por +, por ejemplo, {example}.</translation>
        </message>
        <message>
            <source>{code} is not a country code. Check the digits after the {prefix}.</source>
            <translation>{code} no es un prefijo de país. Revisa los dígitos que siguen a {prefix}.</translation>
        </message>
        <message>
            <source>This number is too short for {country} numbers — check for missing digits.</source>
            <translation>Este número es demasiado corto para un número de {country}: comprueba si falta algún dígito.</translation>
        </message>
        <message>
            <source>This number is too short — check for missing digits.</source>
            <translation>Este número es demasiado corto: comprueba si falta algún dígito.</translation>
        </message>
        <message>
            <source>This number is too long for {country} numbers — check for extra digits.</source>
            <translation>Este número es demasiado largo para un número de {country}: comprueba si sobra algún dígito.</translation>
        </message>
        <message>
            <source>This number is too long — check for extra digits.</source>
            <translation>Este número es demasiado largo: comprueba si sobra algún dígito.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits for {country} numbers — check for missing or extra digits.</source>
            <translation>Este número no tiene la cantidad de dígitos correcta para un número de {country}: comprueba si falta o sobra alguno.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits — check for missing or extra digits.</source>
            <translation>Este número no tiene la cantidad de dígitos correcta: comprueba si falta o sobra alguno.</translation>
        </message>
        <message>
            <source>This looks like a local number without its area code: add the area code.</source>
            <translation>Parece un número local sin prefijo de zona: añade el prefijo.</translation>
        </message>
        <message>
            <source>No {country} numbers start like this. Check the digits.</source>
            <translation>Ningún número de {country} empieza así. Revisa los dígitos.</translation>
        </message>
        <message>
            <source>No numbers start like this. Check the digits.</source>
            <translation>Ningún número empieza así. Revisa los dígitos.</translation>
        </message>
        <message>
            <source>Did you mean {number}? ({country})</source>
            <translation>¿Querías decir {number}? ({country})</translation>
        </message>
        <message>
            <source>Did you mean {number}?</source>
            <translation>¿Querías decir {number}?</translation>
        </message>
        <message>
            <source>SMS cannot reach extension {extension}. Remove it to text {number}.</source>
            <translation>Los SMS no pueden llegar a la extensión {extension}. Quítala para escribir a {number}.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk cannot text emergency services. Call {number} instead.</source>
            <translation>{number} es un número de emergencias: SMS Desk no puede enviar SMS a los servicios de emergencia. Llama al {number}.</translation>
        </message>
        <message>
            <source>Short code ({country})</source>
            <translation>Número corto ({country})</translation>
        </message>
        <message>
            <source>This is a short code: it works only within {country}, and only if your gateway can send to short codes.</source>
            <translation>Es un número corto: solo funciona dentro de {country} y solo si tu pasarela puede enviar a números cortos.</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>Número corto</translation>
        </message>
        <message>
            <source>This is a short code: it works only within its country, and only if your gateway can send to short codes.</source>
            <translation>Es un número corto: solo funciona dentro de su país y solo si tu pasarela puede enviar a números cortos.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Sending pictures needs a public address for them: set it in Settings → Gateway (Public media URL base, and the folder published there).</source>
            <translation>Para enviar imágenes se necesita una dirección pública: configúrala en Configuración → Pasarela (URL base pública de archivos multimedia y la carpeta publicada allí).</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most {most} pictures; these are %n. Send them in two messages.</source>
            <translation>
                <numerusform>Un mensaje puede llevar como máximo {most} imágenes; aquí hay %n. Envíalas en dos mensajes.</numerusform>
                <numerusform>Un mensaje puede llevar como máximo {most} imágenes; aquí hay %n. Envíalas en dos mensajes.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>No se ha podido leer {name}: {reason}.</translation>
        </message>
        <message>
            <source>A picture could not be read: {reason}.</source>
            <translation>No se ha podido leer una imagen: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</source>
            <translation>
                <numerusform>%n imagen es demasiado grande para enviarla ({size}, límite {limit}). Envíala en otro mensaje.</numerusform>
                <numerusform>Estas %n imágenes son demasiado grandes para enviarlas juntas ({size}, límite {limit}). Envíalas en dos mensajes.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is too large to send ({size}, limit {limit}).</source>
            <translation>{name} es demasiado grande para enviarlo ({size}, límite {limit}).</translation>
        </message>
        <message>
            <source>{name} can't be sent: only JPEG, PNG, GIF and WebP pictures can.</source>
            <translation>No se puede enviar {name}: solo se pueden enviar imágenes JPEG, PNG, GIF y WebP.</translation>
        </message>
        <message>
            <source>The picture could not be put in the folder for sent pictures ({folder}): {reason}.</source>
            <translation>No se ha podido copiar la imagen en la carpeta de imágenes enviadas ({folder}): {reason}.</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>window title of a picture shown full size</extracomment>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Cargando imagen…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the picture's window</extracomment>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>This picture could not be shown: it is damaged or gone.</source>
            <translation>No se ha podido mostrar esta imagen: está dañada o ya no existe.</translation>
        </message>
        <message>
            <source>Save picture</source>
            <translation>Guardar imagen</translation>
        </message>
    </context>
    <context>
        <name>PopupStack</name>
        <message numerus="yes">
            <source>+%n more</source>
            <extracomment>under the pop-ups: how many more are waiting, hidden</extracomment>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Popups</name>
        <message>
            <source>Close</source>
            <extracomment>a button: closes this pop-up (the conversation stays as it is)</extracomment>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>what the pop-up's text is: the SMS received</extracomment>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a button: opens a box in the pop-up to answer the SMS</extracomment>
            <translation>Responder</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a button: the SMS was seen; the conversation no longer counts as unread</extracomment>
            <translation>Marcar como leído</translation>
        </message>
        <message>
            <source>Open</source>
            <extracomment>a button: shows the conversation in the main window</extracomment>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>a button: sends the reply typed in the pop-up</extracomment>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Longitud del mensaje</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>Estado del envío</translation>
        </message>
        <message>
            <source>Opted out</source>
            <extracomment>what the line under the message says: why no reply can be sent</extracomment>
            <translation>Dado de baja</translation>
        </message>
        <message>
            <source>New SMS from {name}</source>
            <translation>Nuevo SMS de {name}</translation>
        </message>
        <message>
            <source>Say something</source>
            <translation>Escribe algo</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Imagen</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n mensaje nuevo</numerusform>
                <numerusform>%n mensajes nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>New SMS from {name}: {text}</source>
            <translation>Nuevo SMS de {name}: {text}</translation>
        </message>
        <message>
            <source>Enter sends · Shift+Enter: new line</source>
            <translation>Intro envía · Mayús+Intro: línea nueva</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Press Enter again to send anyway.</source>
            <translation>Hay variables sin rellenar: {names}. Pulsa Intro otra vez para enviarlo igualmente.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Sent</source>
            <extracomment>the reply's status: the carrier took it</extracomment>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>No enviado: {reason}</translation>
        </message>
        <message>
            <source>Not sent: refused.</source>
            <translation>No enviado: rechazado.</translation>
        </message>
    </context>
    <context>
        <name>QuestionBar</name>
        <message>
            <source>{colleague} is answering this conversation. Take over from {first_name} and send? {first_name} sees that you took over.</source>
            <translation>{colleague} está respondiendo a esta conversación. ¿Quieres hacerte cargo en lugar de {first_name} y enviar? {first_name} verá que te has hecho cargo.</translation>
        </message>
        <message>
            <source>Take over and send</source>
            <extracomment>button: takes the conversation over from the colleague, then sends the message</extracomment>
            <translation>Hacerte cargo y enviar</translation>
        </message>
        <message>
            <source>Send now</source>
            <extracomment>button: sends the message now, although it is night for them</extracomment>
            <translation>Enviar ahora</translation>
        </message>
        <message>
            <source>{colleague} is answering this conversation, and it is {now} for {who} ({zone}). Take over from {first_name} and send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>{colleague} está respondiendo a esta conversación, y para {who} son las {now} ({zone}). ¿Quieres hacerte cargo en lugar de {first_name} y enviarlo ahora igualmente?</translation>
        </message>
        <message>
            <source>Take over and send now</source>
            <extracomment>button: takes the conversation over and sends now, although it is night for them</extracomment>
            <translation>Hacerte cargo y enviar ahora</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}.</source>
            <extracomment>said before the question about quiet hours or taking over: two whole sentences</extracomment>
            <translation>Hay variables sin rellenar: {names}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>button: sends nothing and keeps the message in the box</extracomment>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>QuietHours</name>
        <message>
            <source>It is {now} for them ({zone} time), outside the hours you text customers ({start} to {end}). Send now anyway, or send at {start} their time?</source>
            <extracomment>{zone} is a time zone's city ("Los Angeles"); times are 24-hour ("08:00")</extracomment>
            <translation>Para el destinatario son las {now} (hora de {zone}), fuera del horario en que escribes a los clientes (de {start} a {end}). ¿Quieres enviarlo ahora igualmente o a las {start}, su hora?</translation>
        </message>
        <message>
            <source>It is {now} for {who} ({zone}). Send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>Para {who} son las {now} ({zone}). ¿Quieres enviarlo ahora igualmente?</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>A number is empty.</source>
            <extracomment>Which value of a record a sentence is about (a key: each has its own whole sentences).</extracomment>
            <translation>Un número está vacío.</translation>
        </message>
        <message>
            <source>The sender is empty.</source>
            <translation>El remitente está vacío.</translation>
        </message>
        <message>
            <source>The number it was sent to is empty.</source>
            <translation>El número al que se envió está vacío.</translation>
        </message>
        <message>
            <source>A number is longer than {most} characters.</source>
            <translation>Un número tiene más de {most} caracteres.</translation>
        </message>
        <message>
            <source>The sender is longer than {most} characters.</source>
            <translation>El remitente tiene más de {most} caracteres.</translation>
        </message>
        <message>
            <source>The number it was sent to is longer than {most} characters.</source>
            <translation>El número al que se envió tiene más de {most} caracteres.</translation>
        </message>
        <message>
            <source>A number holds a NUL character, which the database can't keep.</source>
            <translation>Un número contiene un carácter NUL, que la base de datos no puede guardar.</translation>
        </message>
        <message>
            <source>The sender holds a NUL character, which the database can't keep.</source>
            <translation>El remitente contiene un carácter NUL, que la base de datos no puede guardar.</translation>
        </message>
        <message>
            <source>The number it was sent to holds a NUL character, which the database can't keep.</source>
            <translation>El número al que se envió contiene un carácter NUL, que la base de datos no puede guardar.</translation>
        </message>
        <message>
            <source>Its text holds a NUL character, which the database can't keep.</source>
            <translation>Su texto contiene un carácter NUL, que la base de datos no puede guardar.</translation>
        </message>
        <message>
            <source>Its message id holds a NUL character, which the database can't keep.</source>
            <translation>Su id. de mensaje contiene un carácter NUL, que la base de datos no puede guardar.</translation>
        </message>
        <message>
            <source>A number holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Un número contiene un carácter dañado (medio emoji: un sustituto suelto).</translation>
        </message>
        <message>
            <source>The sender holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>El remitente contiene un carácter dañado (medio emoji: un sustituto suelto).</translation>
        </message>
        <message>
            <source>The number it was sent to holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>El número al que se envió contiene un carácter dañado (medio emoji: un sustituto suelto).</translation>
        </message>
        <message>
            <source>Its text holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Su texto contiene un carácter dañado (medio emoji: un sustituto suelto).</translation>
        </message>
        <message>
            <source>Its message id holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Su id. de mensaje contiene un carácter dañado (medio emoji: un sustituto suelto).</translation>
        </message>
        <message>
            <source>The gateway gave it no message id.</source>
            <translation>La pasarela no le ha asignado un id. de mensaje.</translation>
        </message>
        <message>
            <source>Its message id is longer than {most} characters.</source>
            <translation>Su id. de mensaje tiene más de {most} caracteres.</translation>
        </message>
    </context>
    <context>
        <name>Scheduling</name>
        <message>
            <source>Edit scheduled message</source>
            <translation>Editar mensaje programado</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Enviar más tarde</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy  HH:mm</source>
            <extracomment>a Qt date-time format (ddd, d, MMM, yyyy, HH, mm; "h:mm AP" for a 12-hour clock)</extracomment>
            <translation>ddd d MMM yyyy  HH:mm</translation>
        </message>
        <message>
            <source>Send at</source>
            <extracomment>label of the date and time a scheduled message goes</extracomment>
            <translation>Fecha de envío</translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>Dentro de %n hora</numerusform>
                <numerusform>Dentro de %n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation>Mañana a las {time}</translation>
        </message>
        <message>
            <source>Cancel if they reply first</source>
            <translation>Cancelar si responde antes</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Longitud del mensaje</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programar</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>screen-reader name of the quoted text of the message being scheduled</extracomment>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>“{message}”</source>
            <extracomment>the message being scheduled, in the language's quotation marks</extracomment>
            <translation>«{message}»</translation>
        </message>
        <message>
            <source>Your time ({zone}).</source>
            <extracomment>under the date and time: they are in the computer's time zone ("CET")</extracomment>
            <translation>Tu hora ({zone}).</translation>
        </message>
        <message>
            <source>Choose a time at least a minute from now.</source>
            <translation>Elige una hora que sea al menos dentro de un minuto.</translation>
        </message>
        <message>
            <source>Type the message to send.</source>
            <translation>Escribe el mensaje que quieres enviar.</translation>
        </message>
        <message>
            <source>The message is too long to send.</source>
            <translation>El mensaje es demasiado largo para enviarlo.</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <extracomment>the user's own time of a scheduled send, e.g. "tomorrow 16:00"</extracomment>
            <translation>mañana a las {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>the user's own time of a scheduled send; {day} is a weekday ("Thu")</extracomment>
            <translation>{day} a las {time}</translation>
        </message>
        <message>
            <source>Take over and send at {their_time} their time — {your_time} yours</source>
            <translation>Hacerte cargo y enviar a las {their_time}, su hora — {your_time} la tuya</translation>
        </message>
        <message>
            <source>Send at {their_time} their time — {your_time} yours</source>
            <extracomment>button: schedules the message for the morning where the recipient is</extracomment>
            <translation>Enviar a las {their_time}, su hora — {your_time} la tuya</translation>
        </message>
        <message>
            <source>Take over and send at {time}</source>
            <translation>Hacerte cargo y enviar a las {time}</translation>
        </message>
        <message>
            <source>Send at {time}</source>
            <translation>Enviar a las {time}</translation>
        </message>
        <message>
            <source>Scheduled for {their_time} their time — {your_time} yours</source>
            <extracomment>under a scheduled message: when it goes, on the recipient's clock and on the user's</extracomment>
            <translation>Programado para las {their_time}, su hora — {your_time} la tuya</translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <source>{characters} / {limit} characters — too long to send. Shorten it or split it in two.</source>
            <translation>{characters} / {limit} caracteres: demasiado largo para enviarlo. Acórtalo o divídelo en dos.</translation>
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
                <numerusform>{characters} caracteres · %n SMS</numerusform>
                <numerusform>{characters} caracteres · %n SMS</numerusform>
            </translation>
        </message>
        <message>
            <source>Unicode because of {characters}</source>
            <extracomment>{characters} lists the characters that need Unicode (UCS-2) encoding</extracomment>
            <translation>Unicode por {characters}</translation>
        </message>
        <message>
            <source>tab</source>
            <extracomment>the tab character, named in the counter line (control characters have no name)</extracomment>
            <translation>tabulación</translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message numerus="yes">
            <source>%n message(s) set aside</source>
            <translation>
                <numerusform>%n mensaje apartado</numerusform>
                <numerusform>%n mensajes apartados</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>a day and a time of day: "Tuesday 14:05", "5 Dec 14:05"</extracomment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>No message id</source>
            <translation>Sin id. de mensaje</translation>
        </message>
        <message>
            <source>{sid} · {when} (waiting to be tried again)</source>
            <extracomment>a message set aside: its id and when it came, asked to be fetched again</extracomment>
            <translation>{sid} · {when} (pendiente de volver a intentarlo)</translation>
        </message>
        <message>
            <source>{sid} · {when}</source>
            <extracomment>a message set aside: its id and when it came</extracomment>
            <translation>{sid} · {when}</translation>
        </message>
        <message>
            <source>Messages from the gateway that could not be stored. Show them.</source>
            <translation>Mensajes de la pasarela que no se han podido guardar. Haz clic para verlos.</translation>
        </message>
        <message>
            <source>Messages set aside</source>
            <translation>Mensajes apartados</translation>
        </message>
        <message>
            <source>These messages came from the SMS gateway but could not be stored; every other message arrived as usual. Try again fetches them from the gateway again; Dismiss takes them off this list.</source>
            <translation>Estos mensajes llegaron de la pasarela SMS, pero no se han podido guardar; todos los demás mensajes llegaron con normalidad. «Volver a intentar» los obtiene de nuevo de la pasarela; «Descartar» los quita de esta lista.</translation>
        </message>
        <message>
            <source>What the gateway sent:</source>
            <translation>Lo que envió la pasarela:</translation>
        </message>
        <message>
            <source>What the gateway sent</source>
            <translation>Lo que envió la pasarela</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Volver a intentar</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Fetch the selected messages again and store them</source>
            <translation>Volver a obtener los mensajes seleccionados y guardarlos</translation>
        </message>
        <message>
            <source>Take the selected messages off this list</source>
            <translation>Quitar los mensajes seleccionados de esta lista</translation>
        </message>
        <message>
            <source>Nothing is set aside.</source>
            <translation>No hay nada apartado.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{key} must be "" (the desktop's) or one of {codes}</source>
            <extracomment>{codes}: the language codes SMS Desk ships ("de", "fr" …)</extracomment>
            <translation>{key} debe ser "" (el del escritorio) o uno de {codes}</translation>
        </message>
        <message>
            <source>{key} must be {choice}</source>
            <translation>{key} debe ser {choice}</translation>
        </message>
        <message>
            <source>{key} must be {choices} or {last}</source>
            <extracomment>{choices}: the carriers' keys separated by commas, {last}: the last key</extracomment>
            <translation>{key} debe ser {choices} o {last}</translation>
        </message>
        <message>
            <source>{key} must be an object of texts</source>
            <translation>{key} debe ser un objeto de textos</translation>
        </message>
        <message>
            <source>{key} must be a number from 1 to 300</source>
            <translation>{key} debe ser un número de 1 a 300</translation>
        </message>
        <message>
            <source>{key} must be a two-letter country code such as {example}</source>
            <translation>{key} debe ser un código de país de dos letras como {example}</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 2 to 120</source>
            <translation>{key} debe ser un número entero de 2 a 120</translation>
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation>{key} debe ser true o false</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 1 to 15</source>
            <translation>{key} debe ser un número entero de 1 a 15</translation>
        </message>
        <message>
            <source>{key} must be a time such as {example}</source>
            <translation>{key} debe ser una hora como {example}</translation>
        </message>
        <message>
            <source>{key} must be text</source>
            <translation>{key} debe ser texto</translation>
        </message>
        <message numerus="yes">
            <source>it is larger than %Ln bytes</source>
            <translation>
                <numerusform>ocupa más de %Ln byte</numerusform>
                <numerusform>ocupa más de %Ln bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>the file does not hold a JSON object</source>
            <translation>el archivo no contiene un objeto JSON</translation>
        </message>
        <message>
            <source>it is nested too deeply to be settings</source>
            <translation>tiene demasiados niveles de anidamiento para ser una configuración</translation>
        </message>
        <message>
            <source>In {path}: {problem}; the default is used instead.</source>
            <translation>En {path}: {problem}; se usa el valor predeterminado.</translation>
        </message>
        <message>
            <source>In {path}: {least} is larger than {most}; the defaults (2 to 8) are used instead.</source>
            <translation>En {path}: {least} es mayor que {most}; se usan los valores predeterminados (de 2 a 8).</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). It was set aside as {moved}, and SMS Desk started with default settings: open Settings (Ctrl+,) to set them again.</source>
            <translation>No se ha podido leer el archivo de configuración {path} ({reason}). Se ha apartado como {moved} y SMS Desk se ha iniciado con la configuración predeterminada: abre la configuración (Ctrl+,) para volver a ajustarla.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk started with default settings; delete or fix the file to stop seeing this.</source>
            <translation>No se ha podido leer el archivo de configuración {path} ({reason}). SMS Desk se ha iniciado con la configuración predeterminada; elimina o corrige el archivo para que este aviso deje de aparecer.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk starts with default settings until it is fixed or removed.</source>
            <translation>No se ha podido leer el archivo de configuración {path} ({reason}). SMS Desk se iniciará con la configuración predeterminada hasta que se corrija o se elimine.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>no secure keyring: can't be saved</source>
            <translation>sin llavero seguro: no se puede guardar</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>All settings</source>
            <translation>Toda la configuración</translation>
        </message>
        <message>
            <source>Secrets can't be saved on this computer: {advice}</source>
            <translation>No se pueden guardar secretos en este ordenador: {advice}</translation>
        </message>
        <message>
            <source>Quiet hours: the sending window must start before it ends.</source>
            <translation>Horario de envío: la hora de inicio debe ser anterior a la de fin.</translation>
        </message>
        <message>
            <source>To send pictures, fill in both the Public media URL base and the folder published at that address (or leave both empty).</source>
            <translation>Para enviar imágenes, rellena la URL base pública de archivos multimedia y la carpeta publicada en esa dirección (o deja las dos vacías).</translation>
        </message>
        <message>
            <source>The Public media URL base must start with https:// so the gateway can fetch the pictures.</source>
            <translation>La URL base pública de archivos multimedia debe empezar por https:// para que la pasarela pueda obtener las imágenes.</translation>
        </message>
        <message>
            <source>This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</source>
            <translation>Esto no es una URL de base de datos. Ejemplos: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</translation>
        </message>
        <message>
            <source>Don't put the password in the URL: type it in Database password, so it is kept in the keyring.</source>
            <translation>No pongas la contraseña en la URL: escríbela en «Contraseña de la base de datos» para que se guarde en el llavero.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Escribe el {field}: no hay ninguno guardado para esta cuenta.</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}” ({status}).</source>
            <translation>Conectado: la pasarela ha aceptado «{name}» ({status}).</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}”.</source>
            <translation>Conectado: la pasarela ha aceptado «{name}».</translation>
        </message>
        <message>
            <source>The test failed unexpectedly. Details are in the log file.</source>
            <translation>La prueba ha fallado de forma inesperada. Encontrarás los detalles en el archivo de registro.</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account yet.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Escribe el {field}: todavía no hay ninguno guardado para esta cuenta.</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>No se ha guardado nada. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings file {file} can't be written ({reason}).</source>
            <translation>No se ha guardado nada: no se puede escribir en el archivo de configuración {file} ({reason}).</translation>
        </message>
        <message>
            <source>Saving failed unexpectedly. Details are in the log file.</source>
            <translation>No se ha podido guardar por un error inesperado. Encontrarás los detalles en el archivo de registro.</translation>
        </message>
        <message>
            <source>Gateway</source>
            <translation>Pasarela</translation>
        </message>
        <message>
            <source>Public media URL base</source>
            <translation>URL base pública de archivos multimedia</translation>
        </message>
        <message>
            <source>https://example.com/sms-pictures/</source>
            <extracomment>an example address of the web folder pictures are published in (keep it an address)</extracomment>
            <translation>https://example.com/sms-pictures/</translation>
        </message>
        <message>
            <source>Folder published at that address</source>
            <translation>Carpeta publicada en esa dirección</translation>
        </message>
        <message>
            <source>a folder your web server publishes there</source>
            <translation>una carpeta que tu servidor web publica allí</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar conexión</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Resultado de la prueba de conexión</translation>
        </message>
        <message>
            <source>SMS gateway</source>
            <translation>Pasarela SMS</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the computer ({language})</source>
            <extracomment>the first choice of the Language list: {language} is the computer's, e.g. "Deutsch"</extracomment>
            <translation>Igual que el ordenador ({language})</translation>
        </message>
        <message>
            <source>Default country</source>
            <translation>País predeterminado</translation>
        </message>
        <message>
            <source>Check for new messages every</source>
            <translation>Buscar mensajes nuevos cada</translation>
        </message>
        <message>
            <source> s</source>
            <extracomment>after a number of seconds: "30 s"</extracomment>
            <translation> s</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Start SMS Desk when I log in (in the tray)</source>
            <translation>Iniciar SMS Desk al iniciar sesión en el ordenador (en la bandeja)</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>A new language is used the next time SMS Desk starts.</source>
            <translation>El nuevo idioma se usará la próxima vez que se inicie SMS Desk.</translation>
        </message>
        <message>
            <source>Numbers typed without +country code are read as this country's.</source>
            <translation>Los números escritos sin el prefijo +país se consideran de este país.</translation>
        </message>
        <message>
            <source>While you use SMS Desk or wait for a reply, it checks every second; when the desk is idle, it slows down to this.</source>
            <translation>Mientras usas SMS Desk o esperas una respuesta, busca cada segundo; cuando el puesto está inactivo, va más despacio hasta llegar a este intervalo.</translation>
        </message>
        <message>
            <source>Show a notification when an SMS arrives</source>
            <translation>Mostrar una notificación cuando llegue un SMS</translation>
        </message>
        <message>
            <source>Show notifications as</source>
            <translation>Mostrar las notificaciones como</translation>
        </message>
        <message>
            <source>The desktop's notifications</source>
            <translation>Notificaciones del escritorio</translation>
        </message>
        <message>
            <source>SMS Desk pop-ups</source>
            <translation>Ventanas emergentes de SMS Desk</translation>
        </message>
        <message>
            <source>The desktop's notifications follow its Do Not Disturb and notification settings. Where the desktop has no notification service, SMS Desk's pop-ups are used.</source>
            <translation>Las notificaciones del escritorio siguen su modo No molestar y su configuración de notificaciones. Si el escritorio no tiene servicio de notificaciones, se usan las ventanas emergentes de SMS Desk.</translation>
        </message>
        <message>
            <source>Pop-ups close after</source>
            <translation>Las ventanas emergentes se cierran tras</translation>
        </message>
        <message>
            <source>Play a sound when an SMS arrives</source>
            <translation>Reproducir un sonido cuando llegue un SMS</translation>
        </message>
        <message>
            <source>Notifications</source>
            <extracomment>a section of Settings: how new messages are announced</extracomment>
            <translation>Notificaciones</translation>
        </message>
        <message>
            <source>Call with</source>
            <translation>Llamar con</translation>
        </message>
        <message>
            <source>tel: links (default), or callto:{number}, or a command</source>
            <extracomment>keep tel:, callto: and {number} as they are: they are what is typed here</extracomment>
            <translation>enlaces tel: (predeterminado), callto:{number} o un comando</translation>
        </message>
        <message>
            <source>Ask before texting someone outside these hours, their time</source>
            <translation>Preguntar antes de escribir a alguien fuera de este horario (su hora)</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>quiet hours: the sending window starts at this time ("From 08:00 until 20:00")</extracomment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>until</source>
            <extracomment>quiet hours: the sending window ends at this time ("From 08:00 until 20:00")</extracomment>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Calls and quiet hours</source>
            <extracomment>a section of Settings: how Call works and when SMS Desk asks before texting</extracomment>
            <translation>Llamadas y horario de envío</translation>
        </message>
        <message>
            <source>Call opens tel:+number in your softphone. To use another, give a link such as callto:{number} or a command such as 3cxphone --dial {number}.</source>
            <extracomment>keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are</extracomment>
            <translation>Llamar abre tel:+number en tu softphone. Para usar otro, indica un enlace como callto:{number} o un comando como 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>Their time comes from their number's country (and area code in the US and Canada). Outside these hours SMS Desk offers to send at the start, their time.</source>
            <translation>Su hora se deduce del país de su número (y del prefijo de zona en EE. UU. y Canadá). Fuera de este horario, SMS Desk propone enviar al inicio del horario, en su hora.</translation>
        </message>
        <message>
            <source>Database URL</source>
            <translation>URL de la base de datos</translation>
        </message>
        <message>
            <source>empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team</source>
            <translation>vacío: solo este ordenador (SQLite); p. ej., postgresql://desk@server/sms para un equipo</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Contraseña de la base de datos</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>se guarda en el llavero del sistema</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Now: {url}. A change takes effect the next time SMS Desk starts.</source>
            <translation>Ahora: {url}. Los cambios se aplican la próxima vez que se inicie SMS Desk.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Send</source>
            <extracomment>the F1 list: Enter in "Say something" sends the message</extracomment>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <extracomment>the F1 list: Shift+Enter in "Say something" starts a new line instead of sending</extracomment>
            <translation>Nueva línea en el mensaje</translation>
        </message>
        <message>
            <source>Find in the conversation</source>
            <extracomment>the F1 list: Ctrl+F with the keyboard in the conversation finds text in it</extracomment>
            <translation>Buscar en la conversación</translation>
        </message>
        <message>
            <source>Close find</source>
            <extracomment>the F1 list: Escape in the find bar closes it</extracomment>
            <translation>Cerrar búsqueda</translation>
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
            <translation>Filtrar métodos abreviados</translation>
        </message>
        <message>
            <source>Filter by what it does or its keys, e.g. archive</source>
            <extracomment>placeholder of the filter box; "archive" is an example of a word to type</extracomment>
            <translation>Filtra por lo que hace o por sus teclas, p. ej. archivar</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <extracomment>the shortcuts list when the filter matches nothing</extracomment>
            <translation>Ningún método abreviado coincide.</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the shortcuts that find and move between chats</extracomment>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Conversation</source>
            <extracomment>the shortcuts that act on the open conversation</extracomment>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>Pop-ups and notifications</source>
            <translation>Ventanas emergentes y notificaciones</translation>
        </message>
        <message>
            <source>Window and help</source>
            <translation>Ventana y ayuda</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>shortcuts that belong to no other group</extracomment>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Close the pop-up</source>
            <extracomment>the F1 list: Escape in an SMS Desk pop-up closes it (the message stays unread)</extracomment>
            <translation>Cerrar la ventana emergente</translation>
        </message>
        <message>
            <source>Open the selected chat's menu</source>
            <extracomment>the F1 list: the Menu key or Shift+F10 opens the selected chat's context menu</extracomment>
            <translation>Abrir el menú del chat seleccionado</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <extracomment>the F1 list: Escape in the chat search box empties it</extracomment>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Undo Dealt with or Archive</source>
            <extracomment>the F1 list: Ctrl+Z takes back Dealt with or Archive while the Undo notice shows</extracomment>
            <translation>Deshacer Resolver o Archivar</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>{owner} is answering this conversation.</source>
            <translation>{owner} está respondiendo a esta conversación.</translation>
        </message>
        <message>
            <source>Nobody owns this conversation yet, so there is nothing to transfer: reply to it first (you become its owner), then transfer it.</source>
            <translation>Esta conversación aún no tiene responsable, así que no hay nada que transferir: respóndela primero (pasarás a ser el responsable) y después transfiérela.</translation>
        </message>
        <message>
            <source>Only the owner, {owner}, or an administrator can transfer this conversation.</source>
            <translation>Solo el responsable ({owner}) o un administrador pueden transferir esta conversación.</translation>
        </message>
    </context>
    <context>
        <name>StoreFaults</name>
        <message>
            <source>Can't reach the database</source>
            <translation>No se puede acceder a la base de datos</translation>
        </message>
        <message>
            <source>The database is not answering (restarting, or the network to it is down). Every message is kept; SMS Desk carries on by itself as soon as it answers again.</source>
            <translation>La base de datos no responde (se está reiniciando o la red no funciona). Se conservan todos los mensajes; SMS Desk continuará por sí solo en cuanto vuelva a responder.</translation>
        </message>
        <message>
            <source>The database is busy</source>
            <translation>La base de datos está ocupada</translation>
        </message>
        <message>
            <source>Another program is holding the message database. SMS Desk tries again shortly; nothing is lost meanwhile.</source>
            <translation>Otro programa está bloqueando la base de datos de mensajes. SMS Desk lo volverá a intentar enseguida; mientras tanto no se pierde nada.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>El disco está lleno</translation>
        </message>
        <message>
            <source>The message database can't grow: free some disk space. SMS Desk tries again by itself.</source>
            <translation>La base de datos de mensajes no puede crecer: libera espacio en el disco. SMS Desk lo volverá a intentar por sí solo.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Connected</source>
            <extracomment>the status bar: the desk is talking to the gateway</extracomment>
            <translation>Conectado</translation>
        </message>
        <message>
            <source>Connected — another desk is talking to the gateway for the team</source>
            <translation>Conectado: otro puesto se comunica con la pasarela por el equipo</translation>
        </message>
        <message>
            <source>It has no usable message id, so it can't be fetched from the gateway again.</source>
            <translation>No tiene un id. de mensaje válido, así que no se puede volver a obtener de la pasarela.</translation>
        </message>
        <message>
            <source>The gateway no longer has it.</source>
            <translation>La pasarela ya no lo tiene.</translation>
        </message>
        <message>
            <source>The gateway still sends it in a form SMS Desk can't read.</source>
            <translation>La pasarela lo sigue enviando en un formato que SMS Desk no puede leer.</translation>
        </message>
        <message>
            <source>The gateway says it is not a message to this desk.</source>
            <translation>La pasarela indica que no es un mensaje para este puesto.</translation>
        </message>
        <message>
            <source>The database refused it ({error}); details are in the log.</source>
            <translation>La base de datos lo ha rechazado ({error}); los detalles están en el registro.</translation>
        </message>
        <message>
            <source>Not received by the gateway</source>
            <translation>La pasarela no lo ha recibido</translation>
        </message>
        <message>
            <source>Not at the gateway yet; SMS Desk will look again</source>
            <translation>Aún no está en la pasarela; SMS Desk volverá a comprobarlo</translation>
        </message>
        <message>
            <source>Picture not fetched: {reason}</source>
            <translation>Imagen no obtenida: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Another desk is talking to the gateway for the team.</source>
            <translation>Otro puesto se comunica con la pasarela por el equipo.</translation>
        </message>
        <message>
            <source>The team database is unreachable; trying again shortly.</source>
            <translation>No se puede acceder a la base de datos del equipo; se volverá a intentar enseguida.</translation>
        </message>
        <message>
            <source>Cannot reach the team database.</source>
            <translation>No se puede acceder a la base de datos del equipo.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Never</source>
            <extracomment>an account's last sign-in: it has never signed in</extracomment>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Administrator</source>
            <extracomment>an account's role: may manage accounts and settings</extracomment>
            <translation>Administrador</translation>
        </message>
        <message>
            <source>Colleague</source>
            <extracomment>an account's role: an ordinary account</extracomment>
            <translation>Compañero</translation>
        </message>
        <message>
            <source>Disabled</source>
            <extracomment>an account's state: it cannot sign in</extracomment>
            <translation>Desactivada</translation>
        </message>
        <message>
            <source>Enabled</source>
            <extracomment>an account's state: it can sign in</extracomment>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Everyone who signs in to SMS Desk with their phone extension. A disabled account cannot sign in; an administrator may manage accounts and settings.</source>
            <translation>Todas las personas que inician sesión en SMS Desk con su extensión. Una cuenta desactivada no puede iniciar sesión; un administrador puede gestionar las cuentas y la configuración.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extensión</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>column heading: administrator or colleague</extracomment>
            <translation>Rol</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>column heading: enabled or disabled</extracomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Último inicio de sesión</translation>
        </message>
        <message>
            <source>&amp;Add colleague…</source>
            <translation>&amp;Añadir compañero…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Restablecer contraseña…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <source>&amp;Make administrator</source>
            <translation>Hacer ad&amp;ministrador</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>Ac&amp;tivar</translation>
        </message>
        <message>
            <source>Remove ad&amp;ministrator</source>
            <translation>Quitar ad&amp;ministrador</translation>
        </message>
        <message>
            <source>{user} is disabled and can no longer sign in.</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>Se ha desactivado la cuenta de {user}: ya no puede iniciar sesión.</translation>
        </message>
        <message>
            <source>{user} is enabled and can sign in again.</source>
            <translation>Se ha activado la cuenta de {user}: puede volver a iniciar sesión.</translation>
        </message>
        <message>
            <source>{user} is an administrator now.</source>
            <translation>{user} ahora es administrador.</translation>
        </message>
        <message>
            <source>{user} is no longer an administrator.</source>
            <translation>{user} ya no es administrador.</translation>
        </message>
        <message>
            <source>Added {user} as an administrator.</source>
            <translation>Se ha añadido a {user} como administrador.</translation>
        </message>
        <message>
            <source>Added {user}.</source>
            <translation>Se ha añadido a {user}.</translation>
        </message>
        <message>
            <source>Changed the password of {user}.</source>
            <translation>Se ha cambiado la contraseña de {user}.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Las dos contraseñas no coinciden. Vuelve a escribirlas.</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>Añadir un compañero</translation>
        </message>
        <message>
            <source>For example {example}</source>
            <extracomment>{example}: an extension such as 102</extracomment>
            <translation>Por ejemplo, {example}</translation>
        </message>
        <message>
            <source>As colleagues will see it</source>
            <translation>Como lo verán tus compañeros</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Repetir contraseña</translation>
        </message>
        <message>
            <source>&amp;Administrator: may manage accounts and settings</source>
            <translation>&amp;Administrador: puede gestionar las cuentas y la configuración</translation>
        </message>
        <message>
            <source>&amp;Extension:</source>
            <translation>&amp;Extensión:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repetir contraseña:</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Añadir compañero</translation>
        </message>
        <message>
            <source>Reset the password of {user}</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>Restablecer la contraseña de {user}</translation>
        </message>
        <message>
            <source>{user} signs in with this password from now on; tell them what it is.</source>
            <translation>{user} iniciará sesión con esta contraseña a partir de ahora; díselo.</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nueva contraseña</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nueva contraseña:</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Restablecer contraseña</translation>
        </message>
    </context>
    <context>
        <name>Telnyx</name>
        <message>
            <source>SMS Desk cannot tell whether this SMS reached Telnyx: the connection dropped before Telnyx answered. Check that the recipient got it, then Retry or Discard.</source>
            <translation>SMS Desk no puede saber si este SMS llegó a Telnyx: la conexión se cortó antes de que Telnyx respondiera. Comprueba si el destinatario lo recibió y después elige Reintentar o Descartar.</translation>
        </message>
        <message>
            <source>A picture's address is not a secure web address; it was not fetched.</source>
            <translation>La dirección de una imagen no es una dirección web segura; no se ha descargado.</translation>
        </message>
        <message>
            <source>Telnyx no longer has this picture.</source>
            <translation>Telnyx ya no tiene esta imagen.</translation>
        </message>
        <message>
            <source>A picture could not be fetched (HTTP {status}). SMS Desk will try again.</source>
            <translation>No se ha podido descargar una imagen (HTTP {status}). SMS Desk lo volverá a intentar.</translation>
        </message>
        <message>
            <source>Telnyx has no messaging profile with this ID on the account. Check the Messaging profile ID in Settings.</source>
            <translation>Telnyx no tiene ningún perfil de mensajería con este ID en la cuenta. Revisa el ID del perfil de mensajería en la configuración.</translation>
        </message>
        <message>
            <source>The messaging profile “{name}” is disabled at Telnyx, so nothing can be sent through it. Enable it in the Telnyx portal.</source>
            <translation>El perfil de mensajería «{name}» está desactivado en Telnyx, así que no se puede enviar nada a través de él. Actívalo en el portal de Telnyx.</translation>
        </message>
        <message>
            <source>The API key works, but the Telnyx account has no number {number}. Check the From number in Settings.</source>
            <translation>La clave de API funciona, pero la cuenta de Telnyx no tiene el número {number}. Revisa el número remitente en la configuración.</translation>
        </message>
        <message>
            <source>Telnyx refused the API key. Check the API key in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Telnyx", AUTH_SENTENCE).</extracomment>
            <translation>Telnyx ha rechazado la clave de API. Revisa la clave de API en la configuración.</translation>
        </message>
        <message>
            <source>Telnyx at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx en {host} ha enviado una respuesta que SMS Desk no puede leer. SMS Desk lo volverá a intentar; si sigue ocurriendo, revisa la dirección de la API en la configuración.</translation>
        </message>
        <message>
            <source>Can't reach Telnyx at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>No se puede acceder a Telnyx en {host}. Comprueba la conexión a internet; SMS Desk seguirá intentándolo.</translation>
        </message>
        <message>
            <source>Telnyx at {host} did not answer in time. SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx en {host} no ha respondido a tiempo. SMS Desk comprobará qué ha pasado antes de volver a enviar nada.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to Telnyx at {host}: its certificate was not accepted. Check the API address in Settings.</source>
            <translation>No se puede establecer una conexión segura con Telnyx en {host}: su certificado no se ha aceptado. Revisa la dirección de la API en la configuración.</translation>
        </message>
        <message>
            <source>The connection to Telnyx at {host} broke before it answered. SMS Desk will check what happened before it sends anything again.</source>
            <translation>La conexión con Telnyx en {host} se ha cortado antes de la respuesta. SMS Desk comprobará qué ha pasado antes de volver a enviar nada.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>Telnyx ha pedido a SMS Desk que reduzca el ritmo. Lo volverá a intentar dentro de {seconds} s.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>Telnyx ha pedido a SMS Desk que reduzca el ritmo. Lo volverá a intentar en breve.</translation>
        </message>
        <message>
            <source>Telnyx at {host} had a problem (HTTP {status}). SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx en {host} ha tenido un problema (HTTP {status}). SMS Desk comprobará qué ha pasado antes de volver a enviar nada.</translation>
        </message>
        <message>
            <source>Telnyx has no record of that message (it keeps them for 10 days).</source>
            <translation>Telnyx no tiene constancia de ese mensaje (los guarda 10 días).</translation>
        </message>
        <message>
            <source>Telnyx has no record of what SMS Desk asked for. Check the settings of the Telnyx gateway.</source>
            <translation>Telnyx no tiene constancia de lo que ha pedido SMS Desk. Revisa la configuración de la pasarela de Telnyx.</translation>
        </message>
        <message>
            <source>Telnyx at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the API address in Settings.</source>
            <translation>Telnyx en {host} ha redirigido a SMS Desk a otro sitio (HTTP {status}). Revisa la dirección de la API en la configuración.</translation>
        </message>
        <message>
            <source>Telnyx sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx ha enviado un registro de mensaje que SMS Desk no puede leer. SMS Desk lo volverá a intentar; si sigue ocurriendo, revisa la dirección de la API en la configuración.</translation>
        </message>
        <message>
            <source>The recipient's carrier blocks the desk's sending number as spam, so nothing sent from it arrives there. Ask your administrator to contact Telnyx.</source>
            <translation>El operador del destinatario bloquea el número de envío del puesto como spam, así que no le llega nada enviado desde él. Pide a tu administrador que contacte con Telnyx.</translation>
        </message>
        <message>
            <source>The recipient's carrier refused the text of this message. Remove unusual characters or symbols, then press Retry.</source>
            <translation>El operador del destinatario ha rechazado el texto de este mensaje. Quita los caracteres o símbolos poco habituales y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>The message expired at Telnyx before it could be delivered. Press Retry to send it again.</source>
            <translation>El mensaje ha caducado en Telnyx antes de poder entregarse. Pulsa Reintentar para enviarlo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>{day_and_month} {year}</source>
            <extracomment>a date in a saved reply: {day_and_month} is "25 November", {year} is "2026"</extracomment>
            <translation>{day_and_month} de {year}</translation>
        </message>
        <message>
            <source>That template was deleted in the meantime.</source>
            <translation>Esa plantilla se ha eliminado mientras tanto.</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change templates.</source>
            <translation>Tu cuenta está desactivada, así que no puedes cambiar plantillas.</translation>
        </message>
        <message>
            <source>Only an administrator can change templates shared with everyone. Save it as your own (Only me) instead.</source>
            <translation>Solo un administrador puede cambiar las plantillas compartidas con todos. Guárdala como tuya («Solo yo»).</translation>
        </message>
        <message>
            <source>That template belongs to a colleague; only they can change it.</source>
            <translation>Esa plantilla es de un compañero; solo él puede cambiarla.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” shared with everyone. Pick another name.</source>
            <translation>Ya hay una plantilla «{name}» compartida con todos. Elige otro nombre.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” of yours. Pick another name.</source>
            <translation>Ya tienes una plantilla «{name}». Elige otro nombre.</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>Una plantilla necesita un nombre.</translation>
        </message>
        <message>
            <source>A template name can be at most {most} characters.</source>
            <translation>El nombre de una plantilla puede tener como máximo {most} caracteres.</translation>
        </message>
        <message>
            <source>The template “{name}” needs some text.</source>
            <translation>La plantilla «{name}» necesita un texto.</translation>
        </message>
        <message>
            <source>The template “{name}” is too long: at most {most} characters.</source>
            <translation>La plantilla «{name}» es demasiado larga: como máximo, {most} caracteres.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Only me</source>
            <extracomment>who can use a template: the colleague who wrote it</extracomment>
            <translation>Solo yo</translation>
        </message>
        <message>
            <source>Everyone (admins)</source>
            <extracomment>who can use a template: every colleague (only administrators can choose it)</extracomment>
            <translation>Todos (administradores)</translation>
        </message>
        <message>
            <source>Manage templates…</source>
            <translation>Gestionar plantillas…</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <source>{name}  (mine)</source>
            <extracomment>a template in the menu that only its author sees</extracomment>
            <translation>{name}  (mía)</translation>
        </message>
        <message>
            <source>No templates yet</source>
            <translation>Aún no hay plantillas</translation>
        </message>
        <message>
            <source>Insert a saved reply (or type / and its name)</source>
            <translation>Inserta una respuesta guardada (o escribe / y su nombre)</translation>
        </message>
        <message>
            <source>Manage templates</source>
            <translation>Gestionar plantillas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>e.g. thanks</source>
            <translation>p. ej., gracias</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Hi {first_name}, thanks for your message! — {my_name}</source>
            <extracomment>an example template; keep {first_name} and {my_name} as they are</extracomment>
            <translation>Hola, {first_name}: ¡gracias por tu mensaje! — {my_name}</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Quién puede usarla</translation>
        </message>
        <message>
            <source>Only an administrator can share templates with everyone.</source>
            <translation>Solo un administrador puede compartir plantillas con todos.</translation>
        </message>
        <message>
            <source>Variables: {first_name} (the contact's), {my_name} (yours), {date} (today)</source>
            <extracomment>keep the {names} as they are: they are what a template writer types</extracomment>
            <translation>Variables: {first_name} (el del contacto), {my_name} (el tuyo), {date} (hoy)</translation>
        </message>
        <message>
            <source>Template status</source>
            <translation>Estado de la plantilla</translation>
        </message>
        <message>
            <source>New</source>
            <extracomment>a button: start writing a new template</extracomment>
            <translation>Nueva</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>{name}  ·  everyone</source>
            <extracomment>a template in the list, shared with every colleague</extracomment>
            <translation>{name}  ·  todos</translation>
        </message>
        <message>
            <source>{name}  ·  only me</source>
            <extracomment>a template in the list that only its author sees</extracomment>
            <translation>{name}  ·  solo yo</translation>
        </message>
        <message>
            <source>Shared with everyone: only an administrator can change or delete it.</source>
            <translation>Compartida con todos: solo un administrador puede cambiarla o eliminarla.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>Se ha guardado «{name}».</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>Se ha eliminado «{name}».</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>Transfer conversation</source>
            <extracomment>window title: hand a conversation over to a colleague</extracomment>
            <translation>Transferir conversación</translation>
        </message>
        <message>
            <source>Hand the conversation with {title} to a colleague:</source>
            <translation>Pasa la conversación con {title} a un compañero:</translation>
        </message>
        <message>
            <source>Search colleagues</source>
            <translation>Buscar compañeros</translation>
        </message>
        <message>
            <source>Search by name or extension</source>
            <translation>Buscar por nombre o extensión</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Compañeros</translation>
        </message>
        <message>
            <source>No colleague to transfer to: add accounts with “{command}”.</source>
            <translation>No hay ningún compañero al que transferirla: añade cuentas con «{command}».</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>Note (optional), e.g. “wants a call back after 3 pm”</source>
            <translation>Nota (opcional), p. ej., «quiere que le llamen después de las 15:00»</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to the chosen colleague</extracomment>
            <translation>Transferir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>Keep the note under %n character(s).</source>
            <translation>
                <numerusform>La nota debe tener menos de %n carácter.</numerusform>
                <numerusform>La nota debe tener menos de %n caracteres.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open SMS Desk</source>
            <translation>Abrir SMS Desk</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Nuevo SMS</translation>
        </message>
        <message>
            <source>Do not disturb</source>
            <translation>No molestar</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>SMS Desk — no unread messages</source>
            <translation>SMS Desk: no hay mensajes sin leer</translation>
        </message>
        <message numerus="yes">
            <source>SMS Desk — %n unread conversation(s)</source>
            <translation>
                <numerusform>SMS Desk: %n conversación sin leer</numerusform>
                <numerusform>SMS Desk: %n conversaciones sin leer</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} (offline)</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") when the gateway does not answer</extracomment>
            <translation>{status} (sin conexión)</translation>
        </message>
        <message>
            <source>{status} · Do not disturb</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") while Do not disturb is on</extracomment>
            <translation>{status} · No molestar</translation>
        </message>
    </context>
    <context>
        <name>TraySession</name>
        <message>
            <source>This desktop has no system tray, so SMS Desk stays open in its window: closing the window quits it. Pop-ups still appear when an SMS arrives.</source>
            <translation>Este escritorio no tiene bandeja del sistema, así que SMS Desk sigue abierto en su ventana: al cerrar la ventana, se cierra la aplicación. Las ventanas emergentes siguen apareciendo cuando llega un SMS.</translation>
        </message>
        <message>
            <source>SMS Desk is still running</source>
            <translation>SMS Desk sigue en marcha</translation>
        </message>
        <message>
            <source>It keeps running in the system tray: click its icon to open it again.</source>
            <translation>Sigue funcionando en la bandeja del sistema: haz clic en su icono para volver a abrirlo.</translation>
        </message>
    </context>
    <context>
        <name>Twilio</name>
        <message>
            <source>SMS Desk could not read the SMS gateway's list of messages to {number} far enough back to tell whether a message already went. It stays waiting and is checked again later, so that it is not sent twice.</source>
            <translation>SMS Desk no ha podido leer la lista de mensajes a {number} de la pasarela SMS con la antigüedad suficiente para saber si un mensaje ya se había enviado. Queda en espera y se comprobará más tarde para no enviarlo dos veces.</translation>
        </message>
        <message>
            <source>A picture's address is not on the SMS gateway; it was not fetched.</source>
            <translation>La dirección de una imagen no está en la pasarela SMS; no se ha obtenido.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture through too many redirects; it was not fetched.</source>
            <translation>La pasarela SMS de {host} ha enviado una imagen a través de demasiadas redirecciones; no se ha obtenido.</translation>
        </message>
        <message>
            <source>The SMS gateway no longer has this picture.</source>
            <translation>La pasarela SMS ya no tiene esta imagen.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} could not hand over a picture (HTTP {status}). SMS Desk will try again.</source>
            <translation>La pasarela SMS de {host} no ha podido entregar una imagen (HTTP {status}). SMS Desk lo volverá a intentar.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Twilio", AUTH_SENTENCE).</extracomment>
            <translation>La pasarela SMS ha rechazado el Account SID o el auth token. Revísalos en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture to an address SMS Desk does not fetch from; it was not fetched.</source>
            <translation>La pasarela SMS de {host} ha enviado una imagen desde una dirección de la que SMS Desk no descarga; no se ha obtenido.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>La pasarela SMS de {host} ha enviado una respuesta que SMS Desk no puede leer. SMS Desk lo volverá a intentar; si sigue ocurriendo, revisa la dirección de la pasarela en la configuración.</translation>
        </message>
        <message>
            <source>Can't reach the SMS gateway at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>No se puede acceder a la pasarela SMS de {host}. Comprueba la conexión a internet; SMS Desk seguirá intentándolo.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} did not answer in time. SMS Desk will check what happened and try again.</source>
            <translation>La pasarela SMS de {host} no ha respondido a tiempo. SMS Desk comprobará qué ha pasado y lo volverá a intentar.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to the SMS gateway at {host}: its certificate was not accepted. Check the gateway address in Settings.</source>
            <translation>No se puede establecer una conexión segura con la pasarela SMS de {host}: no se ha aceptado su certificado. Revisa la dirección de la pasarela en la configuración.</translation>
        </message>
        <message>
            <source>The connection to the SMS gateway at {host} broke before it answered. SMS Desk will check what happened and try again.</source>
            <translation>La conexión con la pasarela SMS de {host} se ha cortado antes de que respondiera. SMS Desk comprobará qué ha pasado y lo volverá a intentar.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>La pasarela SMS ha pedido a SMS Desk que reduzca el ritmo. Lo volverá a intentar dentro de {seconds} s.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>La pasarela SMS ha pedido a SMS Desk que reduzca el ritmo. Lo volverá a intentar enseguida.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} had a problem (HTTP {status}). SMS Desk will try again.</source>
            <translation>La pasarela SMS de {host} ha tenido un problema (HTTP {status}). SMS Desk lo volverá a intentar.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>La pasarela SMS no tiene constancia de ese mensaje. Si sigue ocurriendo, revisa el Account SID y la dirección de la pasarela en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of what SMS Desk asked for. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>La pasarela SMS no tiene constancia de lo que ha pedido SMS Desk. Si sigue ocurriendo, revisa el Account SID y la dirección de la pasarela en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the gateway address in Settings.</source>
            <translation>La pasarela SMS de {host} ha redirigido a SMS Desk a otro sitio (HTTP {status}). Revisa la dirección de la pasarela en la configuración.</translation>
        </message>
        <message>
            <source>The SMS gateway sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>La pasarela SMS ha enviado un registro de mensaje que SMS Desk no puede leer. SMS Desk lo volverá a intentar; si sigue ocurriendo, revisa la dirección de la pasarela en la configuración.</translation>
        </message>
        <message>
            <source>The gateway's entry is not a message record.</source>
            <translation>La entrada de la pasarela no es un registro de mensaje.</translation>
        </message>
        <message>
            <source>The gateway's record has no message id (sid).</source>
            <translation>El registro de la pasarela no tiene id. de mensaje (sid).</translation>
        </message>
        <message>
            <source>The gateway's record has no status.</source>
            <translation>El registro de la pasarela no tiene estado.</translation>
        </message>
        <message>
            <source>The gateway's record has an unknown direction ({direction}).</source>
            <translation>El registro de la pasarela tiene una dirección desconocida ({direction}).</translation>
        </message>
        <message>
            <source>The gateway's record has no date_created.</source>
            <extracomment>date_created is the name of the gateway's field: not translated</extracomment>
            <translation>El registro de la pasarela no tiene date_created.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a date.</source>
            <extracomment>{field} is the name of the gateway's field (date_sent…): not translated</extracomment>
            <translation>El registro de la pasarela tiene un {field} que no es una fecha.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a number.</source>
            <extracomment>{field} is the name of the gateway's field (num_media…): not translated</extracomment>
            <translation>El registro de la pasarela tiene un {field} que no es un número.</translation>
        </message>
        <message>
            <source>The gateway's record could not be read.</source>
            <translation>No se ha podido leer el registro de la pasarela.</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>Undo</source>
            <extracomment>a button: take back what was just done (Dealt with, Archive)</extracomment>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+Z", "Strg+Z")</extracomment>
            <translation>Deshacer ({keys})</translation>
        </message>
        <message>
            <source>{done} Undo with {keys}.</source>
            <extracomment>what a screen reader says for the notice: {done} is what was done ("Archived.")</extracomment>
            <translation>{done} Deshaz con {keys}.</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>No app on this computer handles {scheme}: links, so the call could not start. Install your softphone (for example the 3CX app), or set how to call in Settings → Call with.</source>
            <translation>Ninguna aplicación de este ordenador abre enlaces {scheme}:, así que no se ha podido iniciar la llamada. Instala tu softphone (por ejemplo, la aplicación de 3CX) o indica cómo llamar en Configuración → Llamar con.</translation>
        </message>
        <message>
            <source>The call command “{command}” could not be started ({reason}). Check Settings → Call with.</source>
            <translation>No se ha podido iniciar el comando de llamada «{command}» ({reason}). Revisa Configuración → Llamar con.</translation>
        </message>
        <message>
            <source>Calling {number}…</source>
            <translation>Llamando a {number}…</translation>
        </message>
        <message>
            <source>Transferred to {name}.</source>
            <translation>Transferida a {name}.</translation>
        </message>
        <message>
            <source>Transferred to your colleague.</source>
            <translation>Transferida a tu compañero.</translation>
        </message>
        <message>
            <source>Marked dealt with and archived.</source>
            <translation>Marcada como resuelta y archivada.</translation>
        </message>
        <message>
            <source>Marked dealt with, but a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Marcada como resuelta, pero acaba de llegar un mensaje nuevo, así que la conversación sigue en Chats.</translation>
        </message>
        <message>
            <source>Moved back to Chats.</source>
            <translation>Devuelta a Chats.</translation>
        </message>
        <message>
            <source>Archived.</source>
            <extracomment>a status message: the conversation was archived</extracomment>
            <translation>Archivada.</translation>
        </message>
        <message>
            <source>Not archived: a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>No se ha archivado: acaba de llegar un mensaje nuevo, así que la conversación sigue en Chats.</translation>
        </message>
        <message>
            <source>Marked as unread.</source>
            <translation>Marcada como no leída.</translation>
        </message>
        <message>
            <source>Undone: the conversation is back as it was.</source>
            <translation>Deshecho: la conversación vuelve a estar como antes.</translation>
        </message>
        <message>
            <source>SMS with {title}.pdf</source>
            <extracomment>the file name suggested when a conversation is exported</extracomment>
            <translation>SMS con {title}.pdf</translation>
        </message>
        <message>
            <source>PDF, printable (*.pdf)</source>
            <translation>PDF, para imprimir (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Exportar conversación</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to {path}.</source>
            <translation>
                <numerusform>Se ha exportado %n mensaje a {path}.</numerusform>
                <numerusform>Se han exportado %n mensajes a {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The conversation could not be exported. {reason}</source>
            <translation>No se ha podido exportar la conversación. {reason}</translation>
        </message>
        <message>
            <source>SMS opt-outs.csv</source>
            <extracomment>the file name suggested when the opt-out list is exported</extracomment>
            <translation>Bajas de SMS.csv</translation>
        </message>
        <message>
            <source>Export opt-out list</source>
            <translation>Exportar lista de bajas</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n opted-out number(s) to {path}.</source>
            <translation>
                <numerusform>Se ha exportado %n número dado de baja a {path}.</numerusform>
                <numerusform>Se han exportado %n números dados de baja a {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The opt-out list could not be exported. {reason}</source>
            <translation>No se ha podido exportar la lista de bajas. {reason}</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New SMS…</source>
            <translation>&amp;Nuevo SMS…</translation>
        </message>
        <message>
            <source>&amp;Contacts…</source>
            <translation>&amp;Contactos…</translation>
        </message>
        <message>
            <source>&amp;Export opt-out list…</source>
            <translation>&amp;Exportar lista de bajas…</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>E&amp;quipo…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Conversación siguiente</translation>
        </message>
        <message>
            <source>Previous conversation</source>
            <translation>Conversación anterior</translation>
        </message>
        <message>
            <source>Switch between Chats and Archived</source>
            <translation>Cambiar entre Chats y Archivadas</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>the F1 list's row for sending (Enter in "Say something", Ctrl+Enter anywhere)</extracomment>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>&amp;Do not disturb</source>
            <translation>No &amp;molestar</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Ce&amp;rrar sesión</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Métodos abreviados de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About SMS Desk</source>
            <translation>&amp;Acerca de SMS Desk</translation>
        </message>
        <message>
            <source>Add colleagues, reset passwords, disable accounts</source>
            <translation>Añadir compañeros, restablecer contraseñas, desactivar cuentas</translation>
        </message>
        <message>
            <source>Only an administrator can open Team.</source>
            <translation>Solo un administrador puede abrir Equipo.</translation>
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Reintentar ahora</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <extracomment>%n is a number of seconds</extracomment>
            <translation>
                <numerusform>Sin conexión; reintentando en %n s</numerusform>
                <numerusform>Sin conexión; reintentando en %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — retrying…</source>
            <translation>Sin conexión; reintentando…</translation>
        </message>
        <message numerus="yes">
            <source>{problem} — retrying in %n s</source>
            <extracomment>{problem} is a short headline ("Can't reach the database"); %n seconds</extracomment>
            <translation>
                <numerusform>{problem}; reintentando en %n s</numerusform>
                <numerusform>{problem}; reintentando en %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem} — retrying…</source>
            <translation>{problem}; reintentando…</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Sesión iniciada</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Syncing could not start. Details are in the log.</source>
            <translation>No se ha podido iniciar la sincronización. Los detalles están en el registro.</translation>
        </message>
        <message>
            <source>Syncing failed unexpectedly; SMS Desk will try again. Details are in the log.</source>
            <translation>La sincronización ha fallado de forma inesperada; SMS Desk lo volverá a intentar. Los detalles están en el registro.</translation>
        </message>
    </context>
</TS>
