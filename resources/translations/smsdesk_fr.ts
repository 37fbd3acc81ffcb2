<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>The account could not be changed.</source>
            <translation>Le compte n'a pas pu être modifié.</translation>
        </message>
        <message>
            <source>Signing in did not succeed.</source>
            <translation>La connexion a échoué.</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example 101.</source>
            <translation>Saisissez votre numéro de poste, par exemple 101.</translation>
        </message>
        <message>
            <source>Extension or password is wrong</source>
            <translation>Numéro de poste ou mot de passe incorrect</translation>
        </message>
        <message>
            <source>The sign-in remembered on this computer has ended. Type your password.</source>
            <translation>La connexion mémorisée sur cet ordinateur a pris fin. Saisissez votre mot de passe.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator to enable it.</source>
            <translation>Ce compte est désactivé. Demandez à votre administrateur de l'activer.</translation>
        </message>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation>
                <numerusform>Choisissez un mot de passe d'au moins %n caractère.</numerusform>
                <numerusform>Choisissez un mot de passe d'au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <source>This extension already has an account.</source>
            <translation>Ce numéro de poste a déjà un compte.</translation>
        </message>
        <message>
            <source>There is no account with this extension.</source>
            <translation>Il n'existe aucun compte pour ce numéro de poste.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: disabling it would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>C'est le seul administrateur actif : le désactiver ne laisserait personne pour gérer les comptes. Nommez d'abord un autre collègue administrateur.</translation>
        </message>
        <message>
            <source>This is the only enabled administrator: removing its administrator role would leave nobody able to manage accounts. Make another colleague an administrator first.</source>
            <translation>C'est le seul administrateur actif : lui retirer son rôle d'administrateur ne laisserait personne pour gérer les comptes. Nommez d'abord un autre collègue administrateur.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins. Wait a minute, then try again.</source>
            <translation>Trop de tentatives de connexion ont échoué. Patientez une minute, puis réessayez.</translation>
        </message>
        <message>
            <source>There were too many wrong sign-ins for this extension. Wait {seconds} s, then try again.</source>
            <translation>Trop de tentatives de connexion ont échoué pour ce poste. Patientez {seconds} s, puis réessayez.</translation>
        </message>
        <message>
            <source>Only an administrator can change accounts.</source>
            <translation>Seul un administrateur peut modifier les comptes.</translation>
        </message>
        <message>
            <source>Sign in with your phone extension (for example {example}), not your email address</source>
            <translation>Connectez-vous avec votre numéro de poste (par exemple {example}), pas avec votre adresse e-mail</translation>
        </message>
        <message>
            <source>Enter your phone extension, for example {example}.</source>
            <translation>Saisissez votre numéro de poste, par exemple {example}.</translation>
        </message>
        <message numerus="yes">
            <source>An extension is %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Un numéro de poste compte %n chiffre, par exemple {example}.</numerusform>
                <numerusform>Un numéro de poste compte %n chiffres, par exemple {example}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An extension is {least} to %n digit(s), for example {example}.</source>
            <translation>
                <numerusform>Un numéro de poste compte de {least} à %n chiffre, par exemple {example}.</numerusform>
                <numerusform>Un numéro de poste compte de {least} à %n chiffres, par exemple {example}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter a name for the account, for example Anna.</source>
            <translation>Saisissez un nom pour le compte, par exemple Anne.</translation>
        </message>
        <message>
            <source>A name can be at most {most} characters long; this one has {count}.</source>
            <translation>Un nom peut compter au plus {most} caractères ; celui-ci en compte {count}.</translation>
        </message>
        <message>
            <source>A name cannot contain line breaks or other control characters.</source>
            <translation>Un nom ne peut pas contenir de retours à la ligne ni d'autres caractères de contrôle.</translation>
        </message>
        <message>
            <source>Extension {extension} already has an account.</source>
            <translation>Le poste {extension} a déjà un compte.</translation>
        </message>
        <message>
            <source>An account already exists; sign in with it.</source>
            <translation>Un compte existe déjà ; connectez-vous avec celui-ci.</translation>
        </message>
        <message>
            <source>{user} is not an administrator: only an administrator can change accounts. Give the extension of an administrator.</source>
            <translation>{user} n'est pas administrateur : seul un administrateur peut modifier les comptes. Indiquez le numéro de poste d'un administrateur.</translation>
        </message>
        <message>
            <source>There is no account with extension {extension}.</source>
            <translation>Il n'existe aucun compte pour le poste {extension}.</translation>
        </message>
    </context>
    <context>
        <name>AnswerShortcut</name>
        <message>
            <source>Reply to the newest message</source>
            <translation>Répondre au message le plus récent</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Image</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <extracomment>a tray menu entry: who wrote, and the start of what they wrote</extracomment>
            <translation>{name} : {text}</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Attach picture</source>
            <translation>Joindre une image</translation>
        </message>
        <message>
            <source>Send a picture (or drop one on the conversation)</source>
            <translation>Envoyer une image (ou en déposer une sur la conversation)</translation>
        </message>
        <message>
            <source>Picture to send</source>
            <translation>Image à envoyer</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Retirer l'image</translation>
        </message>
        <message>
            <source>Attach pictures</source>
            <translation>Joindre des images</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
            <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most %n picture(s): the first %n are attached.</source>
            <translation>
                <numerusform>Un message peut contenir au plus %n image : seule la première est jointe.</numerusform>
                <numerusform>Un message peut contenir au plus %n images : les %n premières sont jointes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture to send: {names}</source>
            <translation>Image à envoyer : {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) to send: {names}</source>
            <translation>
                <numerusform>%n image à envoyer : {names}</numerusform>
                <numerusform>%n images à envoyer : {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove pictures</source>
            <translation>Retirer les images</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Send, receive and manage business SMS</source>
            <extracomment>The autostart entry's comment (what the desktop's session settings list it as).</extracomment>
            <translation>Envoyer, recevoir et gérer les SMS professionnels</translation>
        </message>
    </context>
    <context>
        <name>Calling</name>
        <message>
            <source>{number} is not a valid phone number, so it cannot be called.</source>
            <translation>{number} n'est pas un numéro de téléphone valide : il ne peut pas être appelé.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk does not dial it. Use your phone.</source>
            <translation>Le {number} est un numéro d'urgence : SMS Desk ne le compose pas. Utilisez votre téléphone.</translation>
        </message>
        <message>
            <source>{number} is a short code that cannot be called from here: reply by SMS instead.</source>
            <translation>Le {number} est un numéro court qui ne peut pas être appelé d'ici : répondez plutôt par SMS.</translation>
        </message>
        <message>
            <source>“{name}” is a sender name, not a phone number: it cannot be called, and carriers don't deliver replies to it. Contact the sender another way.</source>
            <translation>« {name} » est un nom d'expéditeur, pas un numéro de téléphone : il ne peut pas être appelé, et les opérateurs ne lui distribuent pas les réponses. Contactez l'expéditeur autrement.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number, so it cannot be called.</source>
            <translation>« {text} » n'est pas un numéro de téléphone : il ne peut pas être appelé.</translation>
        </message>
        <message>
            <source>The Call setting must contain {number} where the phone number goes, for example callto:{number} or 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>Le paramètre « Appeler avec » doit contenir {number} à l'emplacement du numéro de téléphone, par exemple callto:{number} ou 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>The Call command can't be read ({problem}). Check its quotes.</source>
            <extracomment>{problem} is Python's own (English) reason, e.g. "No closing quotation"</extracomment>
            <translation>La commande d'appel est illisible ({problem}). Vérifiez ses guillemets.</translation>
        </message>
        <message>
            <source>The Call command must start with the program to run, for example 3cxphone --dial {number}.</source>
            <extracomment>{number} is written as is: the user types it into the Call setting</extracomment>
            <translation>La commande d'appel doit commencer par le programme à lancer, par exemple 3cxphone --dial {number}.</translation>
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>Demo gateway (built in)</source>
            <translation>Passerelle de démonstration (intégrée)</translation>
        </message>
        <message>
            <source>The demo gateway is not running; it starts with SMS Desk.</source>
            <extracomment>Its state file in the data directory: its messages survive a restart of SMS Desk.</extracomment>
            <translation>La passerelle de démonstration n'est pas en cours d'exécution ; elle démarre avec SMS Desk.</translation>
        </message>
        <message>
            <source>Enter the number in international form, starting with + (e.g. +14155550100).</source>
            <translation>Saisissez le numéro au format international, en commençant par + (p. ex. +33612345678).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Check the digits and the country code.</source>
            <translation>Ce n'est pas un numéro de téléphone valide. Vérifiez les chiffres et l'indicatif du pays.</translation>
        </message>
        <message>
            <source>Write it in E.164 form: + and digits only, e.g. +14155550100.</source>
            <translation>Écrivez-le au format E.164 : + et chiffres uniquement, p. ex. +33612345678.</translation>
        </message>
        <message>
            <source>Enter the {field}.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Renseignez le champ « {field} ».</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <extracomment>{field} is the setting's label ("From number"), {problem} what is wrong with it</extracomment>
            <translation>{field} : {problem}</translation>
        </message>
        <message>
            <source>SMS Desk relay</source>
            <translation>Relais SMS Desk</translation>
        </message>
        <message>
            <source>https://… (optional, from your administrator)</source>
            <translation>https://… (facultatif, fourni par votre administrateur)</translation>
        </message>
        <message>
            <source>With your team's relay, delivery reports arrive at once instead of being asked for every few seconds.</source>
            <translation>Avec le relais de votre équipe, les accusés de réception arrivent aussitôt au lieu d’être demandés toutes les quelques secondes.</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's details from its console.</source>
            <translation>Ouvrez les Paramètres de SMS Desk et saisissez les informations de la passerelle indiquées dans sa console.</translation>
        </message>
        <message>
            <source>The SMS gateway is not running.</source>
            <translation>La passerelle SMS n'est pas en cours d'exécution.</translation>
        </message>
        <message>
            <source>Telnyx</source>
            <translation>Telnyx</translation>
        </message>
        <message>
            <source>The API address for {host} uses plain http, which would send the API key and messages unencrypted. Use an https:// address instead.</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>L'adresse de l'API pour {host} utilise http simple, qui enverrait la clé d'API et les messages sans chiffrement. Utilisez plutôt une adresse https://.</translation>
        </message>
        <message>
            <source>The API address should be a web address like https://api.telnyx.com, without a user name, password, '?' or '#'.</source>
            <translation>L'adresse de l'API doit être une adresse web comme https://api.telnyx.com, sans nom d'utilisateur, mot de passe, « ? » ni « # ».</translation>
        </message>
        <message>
            <source>From: enter the number in international form (e.g. +14155550100), or a sender ID of up to 11 letters, digits or spaces.</source>
            <translation>Expéditeur : saisissez le numéro au format international (p. ex. +14155550100) ou un identifiant d'expéditeur de 11 lettres, chiffres ou espaces au maximum.</translation>
        </message>
        <message>
            <source>API address</source>
            <extracomment>The adapter's (connect, read) timeout when none is asked for.</extracomment>
            <translation>Adresse de l'API</translation>
        </message>
        <message>
            <source>Telnyx hands over incoming SMS only by webhook: this desk sends through Telnyx, but receives SMS only through an SMS Desk relay.</source>
            <translation>Telnyx ne transmet les SMS entrants que par webhook : ce bureau envoie par Telnyx, mais ne reçoit les SMS que par un relais SMS Desk.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé d'API</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>conservé dans le trousseau de clés du système</translation>
        </message>
        <message>
            <source>Enter the Telnyx API key (in the Telnyx portal, under API Keys).</source>
            <translation>Saisissez la clé d'API Telnyx (dans le portail Telnyx, sous « API Keys »).</translation>
        </message>
        <message>
            <source>From number or sender ID</source>
            <translation>Numéro d'envoi ou identifiant d'expéditeur</translation>
        </message>
        <message>
            <source>+14155550100, or a sender ID such as ACME</source>
            <translation>+14155550100, ou un identifiant d'expéditeur comme ACME</translation>
        </message>
        <message>
            <source>Messaging profile ID</source>
            <translation>ID du profil de messagerie</translation>
        </message>
        <message>
            <source>needed with a sender ID or a number pool</source>
            <translation>nécessaire avec un identifiant d'expéditeur ou un pool</translation>
        </message>
        <message>
            <source>Desk number</source>
            <translation>Numéro du bureau</translation>
        </message>
        <message>
            <source>needed without a From number</source>
            <translation>nécessaire sans numéro d'envoi</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the Telnyx API key and the desk's From number (or Messaging profile ID) from the Telnyx portal.</source>
            <translation>Ouvrez les Paramètres de SMS Desk et saisissez la clé d'API Telnyx et le numéro d'envoi du bureau (ou l'ID du profil de messagerie) indiqués dans le portail Telnyx.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging profile ID.</source>
            <translation>Saisissez le numéro d'envoi (From) du bureau ou un ID de profil de messagerie.</translation>
        </message>
        <message>
            <source>A sender ID (a name instead of a number) needs the Messaging profile ID it is registered on.</source>
            <translation>Un identifiant d'expéditeur (un nom au lieu d'un numéro) nécessite l'ID du profil de messagerie sur lequel il est enregistré.</translation>
        </message>
        <message>
            <source>Without a From number, enter the Desk number: the number customers text.</source>
            <translation>Sans numéro d'envoi, saisissez le numéro du bureau : le numéro auquel les clients écrivent.</translation>
        </message>
        <message>
            <source>Twilio-compatible (Twilio, SignalWire…)</source>
            <translation>Compatible Twilio (Twilio, SignalWire…)</translation>
        </message>
        <message>
            <source>Account SID</source>
            <translation>Account SID</translation>
        </message>
        <message>
            <source>AC… (SignalWire: your project ID)</source>
            <translation>AC… (SignalWire : l'ID de votre projet)</translation>
        </message>
        <message>
            <source>Enter the Account SID (on the gateway's console).</source>
            <translation>Saisissez l'Account SID (dans la console de la passerelle).</translation>
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
            <translation>Saisissez l'auth token.</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>Numéro d'envoi (From)</translation>
        </message>
        <message>
            <source>Messaging Service SID</source>
            <translation>Messaging Service SID</translation>
        </message>
        <message>
            <source>MG… (optional, instead of a From number)</source>
            <translation>MG… (facultatif, au lieu d'un numéro d'envoi)</translation>
        </message>
        <message>
            <source>the number customers text (with a Messaging Service)</source>
            <translation>le numéro auquel les clients écrivent (avec un Messaging Service)</translation>
        </message>
        <message>
            <source>Open SMS Desk's Settings and enter the gateway's Account SID, auth token and sending number from the gateway's console.</source>
            <translation>Ouvrez les Paramètres de SMS Desk et saisissez l'Account SID, l'auth token et le numéro d'envoi indiqués dans la console de la passerelle.</translation>
        </message>
        <message>
            <source>Enter the desk's From number, or a Messaging Service SID.</source>
            <translation>Saisissez le numéro d'envoi (From) du bureau ou un Messaging Service SID.</translation>
        </message>
        <message>
            <source>With a Messaging Service, enter the Desk number: the number customers text, so SMS Desk can find their messages.</source>
            <translation>Avec un Messaging Service, saisissez le numéro du bureau : le numéro auquel les clients écrivent, pour que SMS Desk retrouve leurs messages.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Picture</source>
            <extracomment>stands for the newest message when it is only pictures (an MMS without text)</extracomment>
            <translation>Image</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a small tag beside a search result's name: the conversation is archived</extracomment>
            <translation>Archivée</translation>
        </message>
        <message>
            <source>Could not load the chat list. {reason}</source>
            <translation>Impossible de charger la liste des discussions. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <extracomment>a screen reader's part of a chat list row: how many messages are unread</extracomment>
            <translation>
                <numerusform>%n non lu</numerusform>
                <numerusform>%n non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>answered by {name}</source>
            <translation>prise en charge par {name}</translation>
        </message>
        <message>
            <source>answered by a colleague</source>
            <translation>prise en charge par un collègue</translation>
        </message>
        <message>
            <source>You: {text}</source>
            <extracomment>the newest message of a chat list row, which I sent</extracomment>
            <translation>Vous : {text}</translation>
        </message>
        <message>
            <source>owner: you</source>
            <translation>responsable : vous</translation>
        </message>
        <message>
            <source>owner: {name}</source>
            <translation>responsable : {name}</translation>
        </message>
        <message>
            <source>owner: a colleague</source>
            <translation>responsable : un collègue</translation>
        </message>
        <message>
            <source>archived</source>
            <extracomment>a screen reader's part of a chat list row: the conversation is archived</extracomment>
            <translation>archivée</translation>
        </message>
        <message>
            <source>No messages yet</source>
            <translation>Aucun message pour l'instant</translation>
        </message>
        <message>
            <source>Chat list</source>
            <translation>Liste des discussions</translation>
        </message>
    </context>
    <context>
        <name>ChatMenu</name>
        <message>
            <source>Open</source>
            <extracomment>a chat row's context menu entry: opens the conversation</extracomment>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <extracomment>a chat row's context menu entry: opens the Transfer dialog</extracomment>
            <translation>Transférer…</translation>
        </message>
        <message>
            <source>Copy number</source>
            <extracomment>a chat row's context menu entry: copies the conversation's phone number</extracomment>
            <translation>Copier le numéro</translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <extracomment>status message after Copy number in a chat row's menu</extracomment>
            <translation>{number} copié.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Say something</source>
            <extracomment>placeholder of the box where the message to send is typed</extracomment>
            <translation>Écrivez un message</translation>
        </message>
        <message>
            <source>Templates: insert a saved reply (or type / and its name)</source>
            <translation>Modèles : insérez une réponse enregistrée (ou tapez / suivi de son nom)</translation>
        </message>
        <message>
            <source>Attach picture: send a picture (or drop one on the conversation)</source>
            <translation>Joindre une image : envoyez une image (ou déposez-en une sur la conversation)</translation>
        </message>
        <message>
            <source>Replies to a sender name can't be delivered</source>
            <translation>Les réponses à un nom d'expéditeur ne peuvent pas être distribuées</translation>
        </message>
        <message>
            <source>Can't reply</source>
            <translation>Réponse impossible</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Désinscrit</translation>
        </message>
    </context>
    <context>
        <name>Connecting</name>
        <message>
            <source>SMS Desk is still connecting to its database. A conversation you click in the list opens in a moment; everything else works once it is connected.</source>
            <translation>SMS Desk est encore en train de se connecter à sa base de données. Une conversation sur laquelle vous cliquez dans la liste s'ouvre dans un instant ; tout le reste fonctionne une fois la connexion établie.</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Un contact doit avoir un nom.</translation>
        </message>
        <message>
            <source>The name “{name}…” is too long: at most {most} characters.</source>
            <translation>Le nom « {name}… » est trop long : {most} caractères au maximum.</translation>
        </message>
        <message>
            <source>The company of {name} is too long: at most {most} characters.</source>
            <translation>Le nom de la société de {name} est trop long : {most} caractères au maximum.</translation>
        </message>
        <message>
            <source>{name} needs at least one number.</source>
            <translation>{name} doit avoir au moins un numéro.</translation>
        </message>
        <message>
            <source>This contact no longer exists; it may have been deleted.</source>
            <translation>Ce contact n'existe plus ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>{number} already belongs to {name}.</source>
            <translation>Le {number} appartient déjà à {name}.</translation>
        </message>
        <message>
            <source>One of these numbers was just given to another contact. Try again.</source>
            <translation>L'un de ces numéros vient d'être attribué à un autre contact. Réessayez.</translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Numbers</source>
            <extracomment>the heading above a contact's phone numbers</extracomment>
            <translation>Numéros</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>button beside a contact's number: opens the conversation with that number</extracomment>
            <translation>Écrire un SMS</translation>
        </message>
        <message>
            <source>Message {number}</source>
            <extracomment>what a screen reader says of the Message button: its word first, then the number it writes to ("Message (415) 555-0134")</extracomment>
            <translation>Écrire un SMS au {number}</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Ajouter un contact</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Aucun contact pour l'instant.</translation>
        </message>
        <message>
            <source>Add the people you text, or import them from a vCard or CSV file (phones and address books export one).</source>
            <translation>Ajoutez les personnes à qui vous écrivez, ou importez-les depuis un fichier vCard ou CSV (téléphones et carnets d'adresses savent en exporter un).</translation>
        </message>
        <message>
            <source>No contact matches.</source>
            <translation>Aucun contact ne correspond.</translation>
        </message>
        <message>
            <source>Search looks at names, companies and numbers.</source>
            <translation>La recherche porte sur les noms, les sociétés et les numéros.</translation>
        </message>
        <message>
            <source>No contact chosen.</source>
            <translation>Aucun contact sélectionné.</translation>
        </message>
        <message>
            <source>Choose a contact in the list to see it here.</source>
            <translation>Choisissez un contact dans la liste pour l'afficher ici.</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>Saisissez un nom.</translation>
        </message>
        <message>
            <source>“{number}”: {problem}</source>
            <extracomment>a line of the Numbers box that is not a number, and why</extracomment>
            <translation>« {number} » : {problem}</translation>
        </message>
        <message>
            <source>Enter at least one number.</source>
            <translation>Saisissez au moins un numéro.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>One number per line, e.g. +1 415 555 0100</source>
            <translation>Un numéro par ligne, p. ex. +33 6 12 34 56 78</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <source>The contact could not be saved. {reason}</source>
            <translation>Le contact n'a pas pu être enregistré. {reason}</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Importer les contacts de {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate row(s) merged by number</source>
            <translation>
                <numerusform>%n ligne en double fusionnée par numéro</numerusform>
                <numerusform>%n lignes en double fusionnées par numéro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported ({merged}).</source>
            <extracomment>{merged} is "3 duplicate rows merged by number"</extracomment>
            <translation>
                <numerusform>%n contact sera importé ({merged}).</numerusform>
                <numerusform>%n contacts seront importés ({merged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) will be imported.</source>
            <translation>
                <numerusform>%n contact sera importé.</numerusform>
                <numerusform>%n contacts seront importés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can't be imported: see the reasons below.</source>
            <translation>
                <numerusform>%n ligne ne peut pas être importée : voir le motif ci-dessous.</numerusform>
                <numerusform>%n lignes ne peuvent pas être importées : voir les motifs ci-dessous.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation>Contacts du fichier</translation>
        </message>
        <message>
            <source>Row</source>
            <extracomment>the column of the row's line number in the file</extracomment>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Will be imported</source>
            <translation>Sera importé</translation>
        </message>
        <message>
            <source>Will be imported ({problems})</source>
            <translation>Sera importé ({problems})</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importer des contacts</translation>
        </message>
        <message>
            <source>Contacts ({patterns})</source>
            <translation>Contacts ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation>Rien n'a été importé. {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}.</source>
            <translation>Rien n'a été importé : {reason}.</translation>
        </message>
        <message>
            <source>Nothing was imported: it could not be read.</source>
            <translation>Rien n'a été importé : la lecture a échoué.</translation>
        </message>
        <message>
            <source>Nothing was imported: the file could not be read.</source>
            <translation>Rien n'a été importé : le fichier n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>Imported: {added} new, {updated} updated, {unchanged} already there.</source>
            <translation>Importation terminée : {added} nouveau(x), {updated} mis à jour, {unchanged} déjà présent(s).</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exporter les contacts</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {file}.</source>
            <translation>
                <numerusform>%n contact exporté dans {file}.</numerusform>
                <numerusform>%n contacts exportés dans {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts could not be exported. {reason}</source>
            <translation>Les contacts n'ont pas pu être exportés. {reason}</translation>
        </message>
        <message>
            <source>{company} · {number}</source>
            <extracomment>a contact row's second line: the company, then the first number</extracomment>
            <translation>{company} · {number}</translation>
        </message>
        <message>
            <source>Contact list</source>
            <translation>Liste des contacts</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Rechercher des contacts</translation>
        </message>
        <message>
            <source>Search by name, company or number</source>
            <translation>Rechercher par nom, société ou numéro</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Supprimer le contact</translation>
        </message>
        <message>
            <source>Delete {name}? Their conversations stay, shown by number.</source>
            <translation>Supprimer {name} ? Ses conversations sont conservées et affichées avec le numéro.</translation>
        </message>
    </context>
    <context>
        <name>ContactsFile</name>
        <message>
            <source>no name</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>aucun nom</translation>
        </message>
        <message>
            <source>“{number}” is not a phone number</source>
            <translation>« {number} » n'est pas un numéro de téléphone</translation>
        </message>
        <message>
            <source>no phone number</source>
            <extracomment>why a contact in a file cannot be imported</extracomment>
            <translation>aucun numéro de téléphone</translation>
        </message>
        <message>
            <source>{file} is neither a vCard (.vcf) nor a CSV file of contacts.</source>
            <translation>{file} n'est ni une vCard (.vcf) ni un fichier CSV de contacts.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>This is not a contacts file: it holds binary data, not text.</source>
            <translation>Ce n'est pas un fichier de contacts : il contient des données binaires, pas du texte.</translation>
        </message>
        <message>
            <source>Line {line}: this is not a vCard (no BEGIN:VCARD).</source>
            <translation>Ligne {line} : ce n'est pas une vCard (BEGIN:VCARD absent).</translation>
        </message>
        <message>
            <source>Line {line}: this vCard has no END:VCARD; the file may be cut short.</source>
            <translation>Ligne {line} : cette vCard n'a pas de END:VCARD ; le fichier est peut-être tronqué.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quoted cell is never closed.</source>
            <translation>Ligne {line} : ce fichier CSV est mal formé : une cellule entre guillemets n'est jamais fermée.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: a quote inside a quoted cell is not doubled.</source>
            <translation>Ligne {line} : ce fichier CSV est mal formé : un guillemet à l'intérieur d'une cellule entre guillemets n'est pas doublé.</translation>
        </message>
        <message>
            <source>Line {line}: this CSV file is malformed: {reason}.</source>
            <translation>Ligne {line} : ce fichier CSV est mal formé : {reason}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name) and no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Ce fichier CSV n'a ni colonne de nom (Name, ou First Name et Last Name) ni colonne de téléphone (Phone, Mobile, Number ou Telephone). Ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no name column (Name, or First Name and Last Name). Its columns are: {columns}.</source>
            <translation>Ce fichier CSV n'a pas de colonne de nom (Name, ou First Name et Last Name). Ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <source>This CSV file has no phone column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.</source>
            <translation>Ce fichier CSV n'a pas de colonne de téléphone (Phone, Mobile, Number ou Telephone). Ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>the list of a CSV file's columns when it has none</extracomment>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>ConversationActions</name>
        <message>
            <source>Mark as read</source>
            <extracomment>menu entry: marks the conversation's messages as read</extracomment>
            <translation>Marquer comme lu</translation>
        </message>
        <message>
            <source>Mark as unread</source>
            <extracomment>menu entry: marks the conversation as unread again</extracomment>
            <translation>Marquer comme non lu</translation>
        </message>
        <message>
            <source>Call</source>
            <extracomment>button: phones the conversation's number</extracomment>
            <translation>Appeler</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to a colleague</extracomment>
            <translation>Transférer</translation>
        </message>
        <message>
            <source>Dealt with</source>
            <extracomment>button: marks the conversation as handled</extracomment>
            <translation>Traité</translation>
        </message>
        <message>
            <source>Archive</source>
            <extracomment>menu entry: moves the conversation to the archive</extracomment>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <extracomment>menu entry: brings an archived conversation back to the list</extracomment>
            <translation>Désarchiver</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Ajouter aux contacts</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the open conversation (it stays in the list)</extracomment>
            <translation>Fermer</translation>
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
            <translation>{when} · Reçu · de {sender} à {recipient} · {status}</translation>
        </message>
        <message>
            <source>{when} · Sent · from {sender} to {recipient} · {status}</source>
            <translation>{when} · Envoyé · de {sender} à {recipient} · {status}</translation>
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
            <translation>Numéro court</translation>
        </message>
        <message>
            <source>Sender name: replies can't be delivered</source>
            <translation>Nom d'expéditeur : les réponses ne peuvent pas être distribuées</translation>
        </message>
        <message>
            <source>Owner</source>
            <extracomment>what the label under the title is, for a screen reader: who owns the conversation</extracomment>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>Plus d'options</translation>
        </message>
        <message>
            <source>More options: {actions}</source>
            <translation>Plus d'options : {actions}</translation>
        </message>
        <message>
            <source>Unowned</source>
            <extracomment>the conversation has no owner yet (a colleague who replies becomes its owner)</extracomment>
            <translation>Non attribuée</translation>
        </message>
        <message>
            <source>Unowned — the first to reply owns it</source>
            <translation>Non attribuée — la première personne qui répond la prend en charge</translation>
        </message>
        <message>
            <source>Owner: you</source>
            <translation>Responsable : vous</translation>
        </message>
        <message>
            <source>Owner: {colleague}</source>
            <translation>Responsable : {colleague}</translation>
        </message>
        <message>
            <source>Conversation with {title}</source>
            <translation>Conversation avec {title}</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>button: sends the failed messages again</extracomment>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>button: gives up on the failed messages (they show as cancelled, never sent)</extracomment>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>The gateway refused it.</source>
            <translation>La passerelle l'a refusé.</translation>
        </message>
        <message>
            <source>A message was not sent. {reason}</source>
            <translation>Un message n'a pas été envoyé. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) were not sent. Latest: {reason}</source>
            <translation>
                <numerusform>%n message n'a pas été envoyé. Motif : {reason}</numerusform>
                <numerusform>%n messages n'ont pas été envoyés. Dernier motif : {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Désinscrit</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <source>Your pictures were not sent. {reason}</source>
            <translation>Vos images n'ont pas été envoyées. {reason}</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>un collègue</translation>
        </message>
        <message>
            <source>{reason} Your message was not sent; its text is back in the box.</source>
            <translation>{reason} Votre message n'a pas été envoyé ; son texte a été remis dans la zone de saisie.</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>button: sends the typed message now</extracomment>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Send (Enter) — Shift+Enter for a new line</source>
            <translation>Envoyer (Entrée) — Maj+Entrée pour aller à la ligne</translation>
        </message>
        <message>
            <source>Send later…</source>
            <translation>Envoyer plus tard…</translation>
        </message>
        <message>
            <source>Send options</source>
            <translation>Options d'envoi</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Envoyer plus tard</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Longueur du message</translation>
        </message>
        <message>
            <source>Composer notice</source>
            <translation>Avis de la zone de saisie</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Send anyway?</source>
            <translation>Certaines variables ne sont pas renseignées : {names}. Envoyer quand même ?</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <extracomment>button: sends the message with its template variables left as they are</extracomment>
            <translation>Envoyer quand même</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on Windows and macOS the system's own credential store is used). On a server without a desktop, run SMS Desk in a D-Bus session with an unlocked keyring (for example `dbus-run-session -- sh`, then `gnome-keyring-daemon --unlock`), or type the password at each sign-in.</source>
            <translation>Installez et déverrouillez un Secret Service tel que GNOME Keyring ou KWallet (sous Windows et macOS, le gestionnaire d'identifiants du système est utilisé). Sur un serveur sans environnement de bureau, lancez SMS Desk dans une session D-Bus avec un trousseau déverrouillé (par exemple `dbus-run-session -- sh`, puis `gnome-keyring-daemon --unlock`), ou saisissez le mot de passe à chaque connexion.</translation>
        </message>
        <message>
            <source>No secure keyring was found on this computer.</source>
            <translation>Aucun trousseau de clés sécurisé n'a été trouvé sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Until then SMS Desk will not remember passwords, and cannot keep the gateway's auth token or a database password.</source>
            <translation>D'ici là, SMS Desk ne mémorisera pas les mots de passe et ne pourra conserver ni l'auth token de la passerelle ni le mot de passe d'une base de données.</translation>
        </message>
        <message>
            <source>The keyring is locked. Unlock it (for example by logging in to your desktop again) and try again.</source>
            <translation>Le trousseau de clés est verrouillé. Déverrouillez-le (par exemple en vous reconnectant à votre session), puis réessayez.</translation>
        </message>
        <message>
            <source>The keyring could not be opened. Check that GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>Impossible d'ouvrir le trousseau de clés. Vérifiez que GNOME Keyring ou KWallet est lancé et déverrouillé, puis réessayez.</translation>
        </message>
        <message>
            <source>The keyring refused to store the secret. Check that it is unlocked (for example in Passwords and Keys or KWalletManager) and try again.</source>
            <translation>Le trousseau de clés a refusé d'enregistrer le secret. Vérifiez qu'il est déverrouillé (par exemple dans Mots de passe et clés ou KWalletManager), puis réessayez.</translation>
        </message>
        <message>
            <source>The keyring could not be reached. Check that a Secret Service such as GNOME Keyring or KWallet is running and unlocked, and try again.</source>
            <translation>Impossible d'accéder au trousseau de clés. Vérifiez qu'un Secret Service tel que GNOME Keyring ou KWallet est lancé et déverrouillé, puis réessayez.</translation>
        </message>
        <message>
            <source>The keyring is turned off: the null backend is configured (for example by PYTHON_KEYRING_BACKEND or keyringrc.cfg). Remove that setting.</source>
            <translation>Le trousseau de clés est désactivé : le backend null est configuré (par exemple par PYTHON_KEYRING_BACKEND ou keyringrc.cfg). Supprimez ce réglage.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} keeps secrets in a file on disk, which is not safe enough. Remove the keyrings.alt package or configure another backend.</source>
            <translation>Le trousseau {backend} conserve les secrets dans un fichier sur le disque, ce qui n'est pas assez sûr. Supprimez le paquet keyrings.alt ou configurez un autre trousseau.</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer ({problem}).</source>
            <extracomment>{problem} is the keyring library's own (English) reason</extracomment>
            <translation>Le trousseau {backend} n'est pas utilisable sur cet ordinateur ({problem}).</translation>
        </message>
        <message>
            <source>The keyring backend {backend} is not usable on this computer.</source>
            <translation>Le trousseau {backend} n'est pas utilisable sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open the database {database}: {reason}</source>
            <translation>Impossible d'ouvrir la base de données {database} : {reason}</translation>
        </message>
        <message>
            <source>The database URL in Settings is not valid. Examples: {examples}</source>
            <translation>L'URL de la base de données indiquée dans les Paramètres n'est pas valide. Exemples : {examples}</translation>
        </message>
        <message>
            <source>SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL.</source>
            <translation>SMS Desk ne peut pas conserver ses données dans une base {backend} ; utilisez SQLite ou PostgreSQL.</translation>
        </message>
        <message>
            <source>SMS Desk needs a database file; an in-memory SQLite database won't do.</source>
            <translation>SMS Desk a besoin d'un fichier de base de données ; une base SQLite en mémoire ne convient pas.</translation>
        </message>
        <message>
            <source>Cannot create the database folder {folder}: {reason}</source>
            <translation>Impossible de créer le dossier de la base de données {folder} : {reason}</translation>
        </message>
        <message>
            <source>This database was created by a newer SMS Desk (revision {revision}); update the app.</source>
            <translation>Cette base de données a été créée par une version plus récente de SMS Desk (révision {revision}) ; mettez l'application à jour.</translation>
        </message>
        <message>
            <source>SMS Desk is still connecting to its database.</source>
            <translation>SMS Desk est encore en train de se connecter à sa base de données.</translation>
        </message>
        <message>
            <source>SMS Desk could not open its database.</source>
            <translation>SMS Desk n'a pas pu ouvrir sa base de données.</translation>
        </message>
        <message>
            <source>The database URL is not valid. Examples: {examples}</source>
            <translation>L'URL de la base de données n'est pas valide. Exemples : {examples}</translation>
        </message>
        <message>
            <source>The team features need a PostgreSQL database URL.</source>
            <translation>Les fonctions d'équipe nécessitent une URL de base de données PostgreSQL.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>The remembered sign-in did not work.</source>
            <translation>La connexion mémorisée n'a pas fonctionné.</translation>
        </message>
        <message>
            <source>SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk doctor`: it checks the database and says what to do.</source>
            <translation>SMS Desk ne peut pas lire ses comptes dans la base de données ({reason}). Exécutez `smsdesk doctor` : il vérifie la base de données et indique la marche à suivre.</translation>
        </message>
        <message>
            <source>SMS Desk could not change whether it starts at login: {reason}</source>
            <translation>SMS Desk n'a pas pu modifier son lancement à l'ouverture de session : {reason}</translation>
        </message>
        <message>
            <source>The new database will be used the next time SMS Desk starts.</source>
            <translation>La nouvelle base de données sera utilisée au prochain démarrage de SMS Desk.</translation>
        </message>
        <message>
            <source>Not saved, so not sent. {reason}</source>
            <translation>Non enregistré, donc non envoyé. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <source>Open</source>
            <extracomment>a notification's button: shows the conversation in SMS Desk</extracomment>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a notification's button: answer the SMS</extracomment>
            <translation>Répondre</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a notification's button: the SMS was seen, the conversation no longer unread</extracomment>
            <translation>Marquer comme lu</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>history</source>
            <extracomment>the kind of a line in an exported conversation: a history line ("Dealt with by Anna")</extracomment>
            <translation>historique</translation>
        </message>
        <message>
            <source>received</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk received</extracomment>
            <translation>reçu</translation>
        </message>
        <message>
            <source>sent</source>
            <extracomment>the kind of a line in an exported conversation: a message the desk sent</extracomment>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>this desk</source>
            <comment>the sender or recipient in an export</comment>
            <translation>ce bureau</translation>
        </message>
        <message>
            <source>not sent: {reason}</source>
            <translation>non envoyé : {reason}</translation>
        </message>
        <message numerus="yes">
            <source>[%n picture(s)]</source>
            <translation>
                <numerusform>[%n image]</numerusform>
                <numerusform>[%n images]</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>a column header of an exported conversation: sent, received or history</extracomment>
            <translation>Type</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>a column header of an exported conversation: who sent the message</extracomment>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <extracomment>a column header of an exported conversation: who received the message</extracomment>
            <translation>À</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>a column header of an exported conversation</extracomment>
            <translation>État</translation>
        </message>
        <message>
            <source>Text</source>
            <extracomment>a column header of an exported conversation: the message's text</extracomment>
            <translation>Texte</translation>
        </message>
        <message>
            <source>{day} {year} {time}</source>
            <comment>the moment of an export</comment>
            <translation>{day} {year} {time}</translation>
        </message>
        <message>
            <source>Conversation with {name} · {number} — exported {when}</source>
            <translation>Conversation avec {name} · {number} — exportée le {when}</translation>
        </message>
        <message>
            <source>Conversation with {number} — exported {when}</source>
            <translation>Conversation avec le {number} — exportée le {when}</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>a column header of the exported opt-out list: the customer's number</extracomment>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Desk number</source>
            <extracomment>a column header of the exported opt-out list: the office's number they texted</extracomment>
            <translation>Numéro du bureau</translation>
        </message>
        <message>
            <source>Opted out at</source>
            <translation>Désinscrit le</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>a column header of the exported opt-out list: why they are opted out</extracomment>
            <translation>Motif</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed (error {code})</source>
            <translation>désinscription signalée par l'opérateur (erreur {code})</translation>
        </message>
        <message>
            <source>carrier reports unsubscribed</source>
            <translation>désinscription signalée par l'opérateur</translation>
        </message>
        <message>
            <source>replied {keyword}</source>
            <extracomment>why a number is opted out: the customer texted a keyword such as STOP</extracomment>
            <translation>a répondu {keyword}</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <source>Something went wrong, so this was not done. Try again; if it happens again, send the log file to whoever looks after SMS Desk (Help → About SMS Desk says where it is).</source>
            <translation>Un problème est survenu et l'opération n'a pas été effectuée. Réessayez ; si le problème se reproduit, envoyez le fichier journal à la personne qui gère SMS Desk (Aide → À propos de SMS Desk indique où il se trouve).</translation>
        </message>
        <message>
            <source>The computer refused: {reason} ({file}).</source>
            <translation>L'ordinateur a refusé : {reason} ({file}).</translation>
        </message>
        <message>
            <source>The computer refused: {reason}.</source>
            <translation>L'ordinateur a refusé : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in conversation</source>
            <translation>Rechercher dans la conversation</translation>
        </message>
        <message>
            <source>Matches</source>
            <extracomment>screen-reader name of the count of matches ("3 of 12")</extracomment>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Previous</source>
            <extracomment>button: goes to the previous match of the text searched for</extracomment>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Résultat précédent (Maj+Entrée)</translation>
        </message>
        <message>
            <source>Next</source>
            <extracomment>button: goes to the next match of the text searched for</extracomment>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Résultat suivant (Entrée)</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Fermer la recherche</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Fermer la recherche (Échap)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <extracomment>the match shown and how many there are: "3 of 12"</extracomment>
            <translation>{current} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Today</source>
            <extracomment>a heading over the messages of today in a conversation</extracomment>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <extracomment>a heading over the messages of yesterday in a conversation</extracomment>
            <translation>Hier</translation>
        </message>
        <message>
            <source>today at {time}</source>
            <translation>aujourd'hui à {time}</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>hier à {time}</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} à {time}</translation>
        </message>
    </context>
    <context>
        <name>Gateway</name>
        <message>
            <source>The SMS gateway address is not a web address. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>L'adresse de la passerelle SMS n'est pas une adresse web. Elle doit ressembler à https://api.twilio.com ; vérifiez-la dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain a user name or password. Put the Account SID and auth token in their own fields in Settings.</source>
            <translation>L'adresse de la passerelle SMS ne doit contenir ni nom d'utilisateur ni mot de passe. Saisissez l'Account SID et l'auth token dans leurs propres champs des Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway address must not contain '?' or '#'. It should look like https://api.twilio.com; check it in Settings.</source>
            <translation>L'adresse de la passerelle SMS ne doit pas contenir « ? » ni « # ». Elle doit ressembler à https://api.twilio.com ; vérifiez-la dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway address for {host} uses plain http, which would send the auth token and messages unencrypted. Use an https:// address instead.</source>
            <translation>L'adresse de la passerelle SMS pour {host} utilise http simple, qui enverrait l'auth token et les messages sans chiffrement. Utilisez plutôt une adresse https://.</translation>
        </message>
        <message>
            <source>The relay address is not a web address. It should look like https://sms-relay.example.com; your administrator has it.</source>
            <translation>L’adresse du relais n’est pas une adresse web. Elle doit ressembler à https://sms-relay.example.com ; votre administrateur la connaît.</translation>
        </message>
        <message>
            <source>The relay address must not contain a user name, password, '?' or '#': enter only its https:// address.</source>
            <translation>L’adresse du relais ne doit contenir ni nom d’utilisateur, ni mot de passe, ni « ? », ni « # » : saisissez seulement son adresse https://.</translation>
        </message>
        <message>
            <source>The relay address for {host} uses plain http: carriers only post to https:// addresses. Use the relay's https:// address.</source>
            <translation>L’adresse du relais pour {host} utilise http non chiffré : les opérateurs n’envoient qu’à des adresses https://. Utilisez l’adresse https:// du relais.</translation>
        </message>
        <message>
            <source>No {field} is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it.</source>
            <extracomment>{field} names a setting ("auth token")</extracomment>
            <translation>Le champ « {field} » de la passerelle SMS n'est pas renseigné. Ouvrez les Paramètres (Ctrl+,) et renseignez-le.</translation>
        </message>
    </context>
    <context>
        <name>GatewayErrors</name>
        <message>
            <source>The SMS gateway reported a problem but did not say what it was. Try again; if it keeps happening, tell your administrator.</source>
            <extracomment>Longest piece of the gateway's own text we repeat: it is untrusted and written for developers, so a pop-up must not fill up with it.
----------
"Blocked due to STOP message": the recipient opted out of the desk's number at Telnyx. The recipient's (or the desk's) number is the problem, for good: invalid phone number, must be +E.164, not routable (a landline), invalid destination, invalid source, invalid 'from' address, invalid 'to' address. The text itself is the problem: invalid message body. Nothing went out, and later it may: too many requests (the API's), rate limit exceeded upstream ("a temporary condition"), expired in Telnyx's queue before it was sent, the message queue is full. The engine sends such a message again later, by itself.</extracomment>
            <translation>La passerelle SMS a signalé un problème sans préciser lequel. Réessayez ; si cela persiste, prévenez votre administrateur.</translation>
        </message>
        <message>
            <source>Too many messages went to this number in a short time, so the gateway held this one back. Press Retry in a minute.</source>
            <translation>Trop de messages ont été envoyés à ce numéro en peu de temps : la passerelle a retenu celui-ci. Cliquez sur Réessayer dans une minute.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <translation>La passerelle SMS a refusé l'Account SID ou l'auth token. Vérifiez-les dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. It may have been deleted there.</source>
            <translation>La passerelle SMS n'a aucune trace de ce message. Il y a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>The SMS gateway is receiving too many requests right now. SMS Desk will try again in a moment.</source>
            <translation>La passerelle SMS reçoit trop de requêtes en ce moment. SMS Desk va réessayer dans un instant.</translation>
        </message>
        <message>
            <source>The recipient's number is not a valid phone number. Check the number and try again.</source>
            <translation>Le numéro du destinataire n'est pas un numéro de téléphone valide. Vérifiez le numéro et réessayez.</translation>
        </message>
        <message>
            <source>The recipient's number is a short code, and short codes can't be sent SMS from here.</source>
            <translation>Le numéro du destinataire est un numéro court, et les numéros courts ne peuvent pas recevoir de SMS envoyés d'ici.</translation>
        </message>
        <message>
            <source>You can't send an SMS to the desk's own number. Check the recipient's number.</source>
            <translation>Vous ne pouvez pas envoyer de SMS au numéro du bureau lui-même. Vérifiez le numéro du destinataire.</translation>
        </message>
        <message>
            <source>The SMS account is not allowed to send to this country. Ask your administrator to enable the country in the gateway's messaging permissions.</source>
            <translation>Le compte SMS n'est pas autorisé à envoyer vers ce pays. Demandez à votre administrateur d'activer ce pays dans les autorisations d'envoi de la passerelle.</translation>
        </message>
        <message>
            <source>The message is empty. Type some text before sending.</source>
            <translation>Le message est vide. Saisissez du texte avant de l'envoyer.</translation>
        </message>
        <message>
            <source>The desk has no sending number set up. Ask your administrator to set it in Settings.</source>
            <translation>Aucun numéro d'envoi n'est configuré pour le bureau. Demandez à votre administrateur de le définir dans les Paramètres.</translation>
        </message>
        <message>
            <source>The message has no recipient. Enter the recipient's number and try again.</source>
            <translation>Le message n'a pas de destinataire. Saisissez le numéro du destinataire et réessayez.</translation>
        </message>
        <message>
            <source>The desk's sending number can't send SMS on this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Le numéro d'envoi du bureau ne peut pas envoyer de SMS avec ce compte de passerelle. Demandez à votre administrateur de vérifier le numéro dans les Paramètres.</translation>
        </message>
        <message>
            <source>The recipient replied STOP to opt out of messages from this number. They must text START before you can message them again.</source>
            <translation>Le destinataire a répondu STOP pour se désinscrire des messages de ce numéro. Il doit envoyer START avant que vous puissiez lui écrire à nouveau.</translation>
        </message>
        <message>
            <source>The gateway can't send SMS to this number from the desk's number (it may be a landline or a kind of number it does not reach). Check the number or call instead.</source>
            <translation>La passerelle ne peut pas envoyer de SMS à ce numéro depuis le numéro du bureau (il s'agit peut-être d'un fixe ou d'un type de numéro qu'elle ne dessert pas). Vérifiez le numéro ou appelez plutôt.</translation>
        </message>
        <message>
            <source>The recipient's number is not a mobile number, so it can't receive SMS. Check the number or call them instead.</source>
            <translation>Le numéro du destinataire n'est pas un numéro de mobile : il ne peut pas recevoir de SMS. Vérifiez le numéro ou appelez plutôt.</translation>
        </message>
        <message>
            <source>The desk's number has too many messages waiting at the SMS gateway right now. SMS Desk will send this one when the queue has room.</source>
            <translation>Le numéro du bureau a trop de messages en attente sur la passerelle SMS en ce moment. SMS Desk enverra celui-ci dès que la file d'attente le permettra.</translation>
        </message>
        <message>
            <source>The message is longer than 1,600 characters, the gateway's limit. Shorten it or split it into several messages.</source>
            <translation>Le message dépasse 1 600 caractères, la limite de la passerelle. Raccourcissez-le ou divisez-le en plusieurs messages.</translation>
        </message>
        <message>
            <source>The desk's sending number does not belong to this gateway account. Ask your administrator to check the number in Settings.</source>
            <translation>Le numéro d'envoi du bureau n'appartient pas à ce compte de passerelle. Demandez à votre administrateur de vérifier le numéro dans les Paramètres.</translation>
        </message>
        <message>
            <source>The gateway had too many messages waiting and dropped this one. Send it again in a few minutes.</source>
            <translation>La passerelle avait trop de messages en attente et a abandonné celui-ci. Renvoyez-le dans quelques minutes.</translation>
        </message>
        <message>
            <source>The SMS gateway account is suspended, so nothing can be sent. Ask your administrator to contact the gateway provider.</source>
            <translation>Le compte de la passerelle SMS est suspendu : aucun envoi n'est possible. Demandez à votre administrateur de contacter le fournisseur de la passerelle.</translation>
        </message>
        <message>
            <source>The recipient's phone could not be reached; it may be switched off or out of coverage. Try again later.</source>
            <translation>Le téléphone du destinataire est injoignable ; il est peut-être éteint ou hors couverture. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The message was blocked by the recipient's phone or carrier; they may have blocked this number. Contact them another way.</source>
            <translation>Le message a été bloqué par le téléphone ou l'opérateur du destinataire ; celui-ci a peut-être bloqué ce numéro. Contactez-le autrement.</translation>
        </message>
        <message>
            <source>The recipient's number does not exist or is no longer in service. Check the number.</source>
            <translation>Le numéro du destinataire n'existe pas ou n'est plus en service. Vérifiez le numéro.</translation>
        </message>
        <message>
            <source>The recipient's number is a landline or its carrier can't receive SMS. Call them instead.</source>
            <translation>Le numéro du destinataire est un fixe ou son opérateur ne peut pas recevoir de SMS. Appelez-le plutôt.</translation>
        </message>
        <message>
            <source>The recipient's carrier filtered this message as possible spam. Rephrase it (fewer links and capitals) or contact them another way.</source>
            <translation>L'opérateur du destinataire a filtré ce message comme spam possible. Reformulez-le (moins de liens et de majuscules) ou contactez le destinataire autrement.</translation>
        </message>
        <message>
            <source>The recipient's carrier could not deliver the message and gave no reason. Try sending it again later.</source>
            <translation>L'opérateur du destinataire n'a pas pu distribuer le message et n'a donné aucune raison. Essayez de le renvoyer plus tard.</translation>
        </message>
        <message>
            <source>US carriers limit how fast the desk's number may send, and this message went over the limit. Press Retry in a few minutes.</source>
            <translation>Les opérateurs américains limitent le débit d'envoi du numéro du bureau, et ce message a dépassé cette limite. Cliquez sur Réessayer dans quelques minutes.</translation>
        </message>
        <message>
            <source>US carriers blocked the message because the sending number is not registered for business texting (A2P 10DLC). Ask your administrator to complete the registration.</source>
            <translation>Les opérateurs américains ont bloqué le message car le numéro d'envoi n'est pas enregistré pour les SMS professionnels (A2P 10DLC). Demandez à votre administrateur de finaliser l'enregistrement.</translation>
        </message>
        <message>
            <source>The message was cancelled at the SMS gateway before it was sent. Press Retry if it should still go.</source>
            <translation>Le message a été annulé sur la passerelle SMS avant son envoi. Cliquez sur Réessayer s'il doit quand même partir.</translation>
        </message>
        <message>
            <source>{gateway_text} (error {code})</source>
            <extracomment>{gateway_text} is the gateway's own (English) explanation, shown as it came
----------
Longest piece of Telnyx's own text repeated: it is untrusted and written for developers. {gateway_text} is the gateway's own (English) explanation, shown as it came</extracomment>
            <translation>{gateway_text} (erreur {code})</translation>
        </message>
        <message>
            <source>The SMS gateway reported a problem it did not explain (error {code}). Try again; if it keeps happening, tell your administrator.</source>
            <translation>La passerelle SMS a signalé un problème sans l'expliquer (erreur {code}). Réessayez ; si cela persiste, prévenez votre administrateur.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message as too large (HTTP 413), so it was not sent. Shorten the text or send fewer or smaller pictures, then press Retry.</source>
            <translation>La passerelle SMS a refusé ce message car il est trop volumineux (HTTP 413) : il n'a donc pas été envoyé. Raccourcissez le texte ou envoyez des images moins nombreuses ou plus petites, puis cliquez sur Réessayer.</translation>
        </message>
        <message>
            <source>The SMS gateway refused this message (HTTP {status}) without saying why, so it was not sent. Check the number and text and press Retry; if it happens again, ask your administrator to check the gateway address and proxy in Settings.</source>
            <translation>La passerelle SMS a refusé ce message (HTTP {status}) sans en donner la raison : il n'a donc pas été envoyé. Vérifiez le numéro et le texte, puis cliquez sur Réessayer ; si le problème se reproduit, demandez à votre administrateur de vérifier l'adresse de la passerelle et le proxy dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>La passerelle SMS {host} refuse les requêtes de SMS Desk (HTTP {status}) sans en donner la raison ; un proxy ou un pare-feu intermédiaire les bloque peut-être. Demandez à votre administrateur de vérifier l'adresse de la passerelle dans les Paramètres ; les messages attendent que cela fonctionne.</translation>
        </message>
        <message>
            <source>The SMS gateway refuses SMS Desk's requests (HTTP {status}) without saying why; a proxy or firewall in between may be blocking them. Ask your administrator to check the gateway address in Settings; messages wait until it works.</source>
            <translation>La passerelle SMS refuse les requêtes de SMS Desk (HTTP {status}) sans en donner la raison ; un proxy ou un pare-feu intermédiaire les bloque peut-être. Demandez à votre administrateur de vérifier l'adresse de la passerelle dans les Paramètres ; les messages attendent que cela fonctionne.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>MIT licence</source>
            <translation>licence MIT</translation>
        </message>
        <message>
            <source>About SMS Desk</source>
            <translation>À propos de SMS Desk</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Version {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Send, receive and manage business SMS from your phone extension. Free software under the {licence}.</source>
            <translation>Envoyez, recevez et gérez les SMS professionnels depuis votre poste téléphonique. Logiciel libre sous {licence}.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Journaux</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Copier le diagnostic</translation>
        </message>
        <message>
            <source>Copies the `smsdesk doctor` report (it holds no secrets)</source>
            <translation>Copie le rapport de `smsdesk doctor` (il ne contient aucun secret)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification en cours…</translation>
        </message>
        <message>
            <source>The diagnostics are on the clipboard: paste them into your message.</source>
            <translation>Le diagnostic a été copié dans le presse-papiers : collez-le dans votre message.</translation>
        </message>
        <message>
            <source>The diagnostics could not be gathered. {reason}</source>
            <translation>Impossible de recueillir le diagnostic. {reason}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>Ingest</name>
        <message>
            <source>Back in Chats: new message from {sender}</source>
            <translation>De retour dans Discussions : nouveau message de {sender}</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>SMS Desk cannot start: its data folder (messages and database) should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <extracomment>Exit status of a start that could not go on. How long quitting waits for the threads, all together: a logout's session manager kills an app that takes much longer, and Quit should feel immediate (the process ends within 2 s).</extracomment>
            <translation>SMS Desk ne peut pas démarrer : son dossier de données (messages et base de données) devrait se trouver dans {folder}, mais {where} est un fichier, pas un dossier. Déplacez ou renommez ce fichier, puis relancez SMS Desk.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its settings folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk ne peut pas démarrer : son dossier de paramètres devrait se trouver dans {folder}, mais {where} est un fichier, pas un dossier. Déplacez ou renommez ce fichier, puis relancez SMS Desk.</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: its log folder should be at {folder}, but {where} is a file, not a folder. Move or rename that file, then start SMS Desk again.</source>
            <translation>SMS Desk ne peut pas démarrer : son dossier de journaux devrait se trouver dans {folder}, mais {where} est un fichier, pas un dossier. Déplacez ou renommez ce fichier, puis relancez SMS Desk.</translation>
        </message>
        <message>
            <source>the disk there is read-only</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>you are not allowed to write there</source>
            <extracomment>why a folder could not be made (said in parentheses in a start-up failure)</extracomment>
            <translation>vous n'avez pas le droit d'y écrire</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its data folder (messages and database) {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk ne peut pas démarrer : impossible de créer son dossier de données (messages et base de données) {folder} ({reason}). Donnez à votre utilisateur le droit d'écrire dans ce dossier, ou lancez SMS Desk avec --home et un dossier où vous pouvez écrire (par exemple : smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its settings folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk ne peut pas démarrer : impossible de créer son dossier de paramètres {folder} ({reason}). Donnez à votre utilisateur le droit d'écrire dans ce dossier, ou lancez SMS Desk avec --home et un dossier où vous pouvez écrire (par exemple : smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot create its log folder {folder} ({reason}). Make that folder writable for your user, or start SMS Desk with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).</source>
            <translation>SMS Desk ne peut pas démarrer : impossible de créer son dossier de journaux {folder} ({reason}). Donnez à votre utilisateur le droit d'écrire dans ce dossier, ou lancez SMS Desk avec --home et un dossier où vous pouvez écrire (par exemple : smsdesk --home ~/smsdesk).</translation>
        </message>
        <message>
            <source>SMS Desk cannot start: it cannot write its log in {folder} ({reason}). Make that folder and the files in it writable for your user, or start SMS Desk with --home and a folder you can write to.</source>
            <translation>SMS Desk ne peut pas démarrer : impossible d'écrire son journal dans {folder} ({reason}). Donnez à votre utilisateur le droit d'écrire dans ce dossier et ses fichiers, ou lancez SMS Desk avec --home et un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk n'a pas pu démarrer en raison d'un problème inattendu ({problem}). Relancez-le ; si cela se produit à chaque fois, envoyez le journal à votre contact informatique.</translation>
        </message>
        <message>
            <source>SMS Desk could not start because of an unexpected problem ({problem}). The details are in {log}. Please start it again; if this happens every time, send that log to your IT contact.</source>
            <translation>SMS Desk n'a pas pu démarrer en raison d'un problème inattendu ({problem}). Les détails figurent dans {log}. Relancez-le ; si cela se produit à chaque fois, envoyez ce journal à votre contact informatique.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in with your phone extension (for example 101), not your email address</source>
            <translation>Connectez-vous avec votre numéro de poste (par exemple 101), pas avec votre adresse e-mail</translation>
        </message>
        <message>
            <source>Create the first account</source>
            <translation>Créer le premier compte</translation>
        </message>
        <message>
            <source>Sign in to SMS Desk</source>
            <translation>Se connecter à SMS Desk</translation>
        </message>
        <message>
            <source>Welcome to SMS Desk</source>
            <translation>Bienvenue dans SMS Desk</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Nobody has an account on this SMS Desk yet. Create yours: you will be its administrator and can add your colleagues later.</source>
            <translation>Personne n'a encore de compte sur ce SMS Desk. Créez le vôtre : vous en serez l'administrateur et pourrez ajouter vos collègues ensuite.</translation>
        </message>
        <message>
            <source>Use your phone extension and your password.</source>
            <translation>Utilisez votre numéro de poste et votre mot de passe.</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>for example 101</source>
            <translation>par exemple 101</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>as colleagues will see it, e.g. Anna Smith</source>
            <translation>tel que vos collègues le verront, p. ex. Anne Martin</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Confirmer le mot de passe</translation>
        </message>
        <message>
            <source>Remember me</source>
            <translation>Se souvenir de moi</translation>
        </message>
        <message>
            <source>Waiting to sign in</source>
            <translation>En attente de connexion</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problème de connexion</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Créer le compte</translation>
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation>&amp;Poste</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>&amp;Confirmer le mot de passe</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Saisissez votre mot de passe.</translation>
        </message>
        <message>
            <source>Enter your name, as your colleagues will see it.</source>
            <translation>Saisissez votre nom, tel que vos collègues le verront.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.</translation>
        </message>
        <message>
            <source>No secure keyring is available to keep your password.</source>
            <translation>Aucun trousseau de clés sécurisé n'est disponible pour conserver votre mot de passe.</translation>
        </message>
        <message>
            <source>Your password can't be remembered on this computer. {advice} You can still sign in: you will be asked for your password next time.</source>
            <translation>Votre mot de passe ne peut pas être mémorisé sur cet ordinateur. {advice} Vous pouvez tout de même vous connecter : votre mot de passe vous sera demandé la prochaine fois.</translation>
        </message>
        <message>
            <source>After wrong sign-ins SMS Desk answers more slowly: wait {seconds} s.</source>
            <translation>Après des échecs de connexion, SMS Desk répond plus lentement : patientez {seconds} s.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Signed in, but your password could not be remembered: {reason}</source>
            <translation>Vous êtes connecté, mais votre mot de passe n'a pas pu être mémorisé : {reason}</translation>
        </message>
        <message>
            <source>Creating your account…</source>
            <translation>Création de votre compte…</translation>
        </message>
        <message>
            <source>Signing in failed unexpectedly. Details are in the log file.</source>
            <translation>La connexion a échoué de façon inattendue. Les détails figurent dans le fichier journal.</translation>
        </message>
        <message>
            <source>{reason} The saved password no longer works: type your password.</source>
            <translation>{reason} Le mot de passe enregistré ne fonctionne plus : saisissez votre mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No conversation selected</source>
            <translation>Aucune conversation sélectionnée</translation>
        </message>
        <message>
            <source>Choose a conversation in the chat list to read and reply.</source>
            <translation>Choisissez une conversation dans la liste des discussions pour la lire et y répondre.</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>C&amp;onversation</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the title above the list of conversations (the same word as the Chats tab)
----------
a tab: the conversations still open (not archived)</extracomment>
            <translation>Discussions</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Nouveau SMS</translation>
        </message>
        <message>
            <source>New SMS ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+N", "Strg+N")</extracomment>
            <translation>Nouveau SMS ({keys})</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Rechercher dans les conversations</translation>
        </message>
        <message>
            <source>Search names, numbers and messages</source>
            <translation>Rechercher des noms, numéros et messages</translation>
        </message>
        <message>
            <source>Search ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+F", "Strg+F")</extracomment>
            <translation>Rechercher ({keys})</translation>
        </message>
        <message>
            <source>Conversation lists</source>
            <translation>Listes de conversations</translation>
        </message>
        <message>
            <source>Archived</source>
            <extracomment>a tab: the conversations that were archived or dealt with</extracomment>
            <translation>Archivées</translation>
        </message>
        <message>
            <source>No conversation matches “{text}”.</source>
            <translation>Aucune conversation ne correspond à « {text} ».</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>{amount} MB</source>
            <extracomment>a file size in megabytes ("12 MB")</extracomment>
            <translation>{amount} Mo</translation>
        </message>
        <message>
            <source>Picture not shown: SMS Desk does not show {type} pictures.</source>
            <translation>Image non affichée : SMS Desk n'affiche pas les images {type}.</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image (no type given).</source>
            <translation>Image non affichée : ce n'est pas une image (aucun type indiqué).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not an image ({type}).</source>
            <translation>Image non affichée : ce n'est pas une image ({type}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is too large ({size}, limit {limit}).</source>
            <translation>Image non affichée : elle est trop volumineuse ({size}, limite {limit}).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image, and it has no type.</source>
            <translation>Image non affichée : ce n'est pas une vraie image (aucun type indiqué).</translation>
        </message>
        <message>
            <source>Picture not shown: it is not a real image (labelled {type}).</source>
            <translation>Image non affichée : ce n'est pas une vraie image (type indiqué : {type}).</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>Cancelled · {time}</source>
            <extracomment>under a scheduled message that was cancelled: "Cancelled · 14:05"</extracomment>
            <translation>Annulé · {time}</translation>
        </message>
        <message>
            <source>Picture not shown.</source>
            <translation>Image non affichée.</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <extracomment>under a failed message; {reason} is why ("The number is not valid.")</extracomment>
            <translation>Non envoyé : {reason}</translation>
        </message>
        <message>
            <source>Not sent: the gateway refused it.</source>
            <translation>Non envoyé : la passerelle l'a refusé.</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>link under a failed message: sends it again</extracomment>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>{event} · {time}</source>
            <extracomment>a history line in a conversation and its time: "Anna took over · 10:00"</extracomment>
            <translation>{event} · {time}</translation>
        </message>
        <message>
            <source>Picture could not be shown.</source>
            <translation>Impossible d'afficher l'image.</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Chargement de l'image…</translation>
        </message>
    </context>
    <context>
        <name>MessageStatus</name>
        <message>
            <source>waiting to send</source>
            <translation>en attente d'envoi</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>envoi en cours</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>distribué</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>non envoyé</translation>
        </message>
        <message>
            <source>received</source>
            <translation>reçu</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>programmé</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copier le texte</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>context-menu entry: sends a failed message again</extracomment>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>context-menu entry: gives up on a failed message (it shows as cancelled)</extracomment>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Edit scheduled message…</source>
            <translation>Modifier le message programmé…</translation>
        </message>
        <message>
            <source>Cancel scheduled message</source>
            <translation>Annuler le message programmé</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Could not load the messages. {reason}</source>
            <translation>Impossible de charger les messages. {reason}</translation>
        </message>
        <message>
            <source>scheduled for today {time}</source>
            <extracomment>inside a sentence read aloud: "You, today at 16:02, scheduled for today 18:00: text"</extracomment>
            <translation>programmé pour aujourd'hui à {time}</translation>
        </message>
        <message>
            <source>Scheduled for today {time}</source>
            <extracomment>under a scheduled message: when it will be sent</extracomment>
            <translation>Programmé : aujourd'hui à {time}</translation>
        </message>
        <message>
            <source>scheduled for {day} {time}</source>
            <extracomment>inside a sentence a screen reader speaks: {day} is "Thu" or "5 December"</extracomment>
            <translation>programmé pour {day} à {time}</translation>
        </message>
        <message>
            <source>Scheduled for {day} {time}</source>
            <extracomment>under a scheduled message: {day} is a weekday ("Thu") or a date ("5 December")</extracomment>
            <translation>Programmé : {day} à {time}</translation>
        </message>
        <message>
            <source>Sent from the desk</source>
            <translation>Envoyé depuis le bureau</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Un collègue</translation>
        </message>
        <message>
            <source>{event}, {when}</source>
            <extracomment>a history line read aloud: what happened ("Anna took over"), then when</extracomment>
            <translation>{event}, {when}</translation>
        </message>
        <message>
            <source>{author}, {when}: {text}</source>
            <extracomment>an incoming message read aloud: "Olivia Park, yesterday at 09:14: Is my order ready?"</extracomment>
            <translation>{author}, {when} : {text}</translation>
        </message>
        <message>
            <source>They</source>
            <extracomment>who wrote an incoming message when the conversation has no name to show</extracomment>
            <translation>Le correspondant</translation>
        </message>
        <message>
            <source>{author}, {when}, {reason}: {text}</source>
            <extracomment>a message SMS Desk cannot tell went, read aloud: "You, today at 16:02, {reason}: text"</extracomment>
            <translation>{author}, {when}, {reason} : {text}</translation>
        </message>
        <message>
            <source>{author}, {when}, {status}, {reason}: {text}</source>
            <extracomment>a failed message read aloud: "You, today at 16:02, not sent, {reason}: text"</extracomment>
            <translation>{author}, {when}, {status}, {reason} : {text}</translation>
        </message>
        <message>
            <source>{author}, {when}, {status}: {text}</source>
            <extracomment>a sent message read aloud: "You, today at 16:02, delivered: Thanks, see you then"</extracomment>
            <translation>{author}, {when}, {status} : {text}</translation>
        </message>
        <message>
            <source>You</source>
            <extracomment>who sent a message: the person signed in</extracomment>
            <translation>Vous</translation>
        </message>
    </context>
    <context>
        <name>NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>Type a contact's name or a mobile number.</source>
            <translation>Saisissez le nom d'un contact ou un numéro de mobile.</translation>
        </message>
        <message>
            <source>Name or number</source>
            <translation>Nom ou numéro</translation>
        </message>
        <message>
            <source>Name or number, e.g. +1 415 555 0100</source>
            <translation>Nom ou numéro, p. ex. +33 6 12 34 56 78</translation>
        </message>
        <message>
            <source>Number check</source>
            <translation>Vérification du numéro</translation>
        </message>
        <message>
            <source>Start Chat</source>
            <translation>Démarrer la discussion</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Use {number}</source>
            <extracomment>a button: use the corrected number shown</extracomment>
            <translation>Utiliser le {number}</translation>
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation>Choisissez un contact dans la liste.</translation>
        </message>
        <message>
            <source>No contact has this name. Type their number instead.</source>
            <translation>Aucun contact ne porte ce nom. Saisissez plutôt son numéro.</translation>
        </message>
        <message>
            <source>{country} number</source>
            <extracomment>{country} is a country's name: "Germany number" (a valid number's country)</extracomment>
            <translation>Numéro ({country})</translation>
        </message>
        <message>
            <source>The conversation could not be opened. {reason}</source>
            <translation>Impossible d'ouvrir la conversation. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <source>New messages in %n more conversation(s).</source>
            <translation>
                <numerusform>Nouveaux messages dans %n autre conversation.</numerusform>
                <numerusform>Nouveaux messages dans %n autres conversations.</numerusform>
            </translation>
        </message>
        <message>
            <source>New messages</source>
            <translation>Nouveaux messages</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n new message(s))</source>
            <extracomment>a notification's title: who wrote, and how many messages are new</extracomment>
            <translation>
                <numerusform>{name} (%n nouveau message)</numerusform>
                <numerusform>{name} (%n nouveaux messages)</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Image</translation>
        </message>
        <message>
            <source>{name} transferred a conversation to you</source>
            <translation>{name} vous a transféré une conversation</translation>
        </message>
        <message>
            <source>A colleague transferred a conversation to you</source>
            <translation>Un collègue vous a transféré une conversation</translation>
        </message>
        <message>
            <source>A customer. Note: “{note}”</source>
            <translation>Un client. Note : « {note} »</translation>
        </message>
        <message>
            <source>A customer.</source>
            <translation>Un client.</translation>
        </message>
        <message>
            <source>{name}. Note: “{note}”</source>
            <extracomment>a notice's text: the conversation's name (a customer) and the colleague's note</extracomment>
            <translation>{name}. Note : « {note} »</translation>
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
            <translation>L'opérateur signale que ce numéro s'est désinscrit (erreur {code}) le {day} — les messages vers ce numéro sont bloqués</translation>
        </message>
        <message>
            <source>The carrier reports this number has unsubscribed on {day} — messages to it are blocked</source>
            <translation>L'opérateur signale que ce numéro s'est désinscrit le {day} — les messages vers ce numéro sont bloqués</translation>
        </message>
        <message>
            <source>This number replied {keyword} on {day} — messages to it are blocked</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Ce numéro a répondu {keyword} le {day} — les messages vers ce numéro sont bloqués</translation>
        </message>
        <message>
            <source>Blocked — the carrier reports this number unsubscribed</source>
            <translation>Bloqué — l'opérateur signale que ce numéro s'est désinscrit</translation>
        </message>
        <message>
            <source>Blocked — this number replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Bloqué — ce numéro a répondu {keyword}</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed (error {code})</source>
            <translation>Désinscrit : l'opérateur signale que ce numéro s'est désinscrit (erreur {code})</translation>
        </message>
        <message>
            <source>Opted out: the carrier reports this number unsubscribed</source>
            <translation>Désinscrit : l'opérateur signale que ce numéro s'est désinscrit</translation>
        </message>
        <message>
            <source>Opted out: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated</extracomment>
            <translation>Désinscrit : a répondu {keyword}</translation>
        </message>
        <message>
            <source>Opted back in: replied {keyword}</source>
            <extracomment>{keyword} is the word the number texted (START, UNSTOP, YES), not translated</extracomment>
            <translation>Réinscrit : a répondu {keyword}</translation>
        </message>
        <message>
            <source>This number has opted out of messages from this desk, so it was not sent. They must text START before you can message them again.</source>
            <extracomment>The reason a message to an opted-out number is refused (stored as its failure reason): marked here, translated where it is used (``refused()``).</extracomment>
            <translation>Ce numéro s'est désinscrit des messages de ce bureau : le message n'a donc pas été envoyé. Le destinataire doit envoyer START avant que vous puissiez lui écrire à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Outbound</name>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Cette conversation n'existe plus</translation>
        </message>
        <message>
            <source>Only a failed message can be sent again</source>
            <translation>Seul un message non envoyé peut être renvoyé</translation>
        </message>
        <message>
            <source>Only a failed message can be discarded</source>
            <translation>Seul un message non envoyé peut être abandonné</translation>
        </message>
        <message>
            <source>Scheduled message cancelled: they replied first</source>
            <translation>Message programmé annulé : le destinataire a répondu avant</translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled message(s) cancelled: they replied first</source>
            <translation>
                <numerusform>%n message programmé annulé : le destinataire a répondu avant</numerusform>
                <numerusform>%n messages programmés annulés : le destinataire a répondu avant</numerusform>
            </translation>
        </message>
        <message>
            <source>This scheduled message was cancelled already.</source>
            <translation>Ce message programmé a déjà été annulé.</translation>
        </message>
        <message>
            <source>Too late: it has been sent.</source>
            <translation>Trop tard : il a été envoyé.</translation>
        </message>
        <message>
            <source>Too late: it was sent and failed.</source>
            <translation>Trop tard : son envoi a été tenté et a échoué.</translation>
        </message>
        <message>
            <source>Too late: it is being sent.</source>
            <translation>Trop tard : il est en cours d'envoi.</translation>
        </message>
        <message>
            <source>This message is not scheduled.</source>
            <translation>Ce message n'est pas programmé.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The gateway's message id {sid} already belongs to another message</source>
            <extracomment>The outbox state of a message whose answer was lost where the gateway has no list to look it up in (Telnyx), once the wait for the carrier's event is over: the message shows FAILED with a sentence saying SMS Desk cannot tell whether it went; the user Retries it (``Outbound.retry``: a new attempt) or Discards it (``Outbound.discard``). The row is kept, never due, so that a late event of the carrier can still match it (``adopt_lost``). The error code of such a message (carriers' codes are positive): the UI says "cannot tell whether it went", not "not sent".</extracomment>
            <translation>L'identifiant de message {sid} de la passerelle appartient déjà à un autre message</translation>
        </message>
    </context>
    <context>
        <name>Ownership</name>
        <message>
            <source>Transferred from {owner} to {colleague} — {note}</source>
            <translation>Transférée de {owner} à {colleague} — {note}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by} — {note}</source>
            <translation>Transférée de {owner} à {colleague} par {by} — {note}</translation>
        </message>
        <message>
            <source>This conversation no longer exists</source>
            <translation>Cette conversation n'existe plus</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more. Try again.</source>
            <translation>Cette conversation n'a plus de responsable. Réessayez.</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Un collègue</translation>
        </message>
        <message>
            <source>{colleague} took over from {owner}</source>
            <translation>{colleague} a repris la conversation de {owner}</translation>
        </message>
        <message>
            <source>Nobody owns this conversation any more.</source>
            <translation>Cette conversation n'a plus de responsable.</translation>
        </message>
        <message>
            <source>{owner} took this conversation meanwhile.</source>
            <translation>{owner} a pris cette conversation entre-temps.</translation>
        </message>
        <message>
            <source>A transfer note can be at most {most} characters long; this one has {count}.</source>
            <translation>Une note de transfert peut compter au plus {most} caractères ; celle-ci en compte {count}.</translation>
        </message>
        <message>
            <source>Choose a colleague to transfer it to, not yourself.</source>
            <translation>Choisissez un collègue à qui la transférer, pas vous-même.</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague}</source>
            <translation>Transférée de {owner} à {colleague}</translation>
        </message>
        <message>
            <source>Transferred from {owner} to {colleague} by {by}</source>
            <translation>Transférée de {owner} à {colleague} par {by}</translation>
        </message>
        <message>
            <source>That colleague's account no longer exists.</source>
            <translation>Le compte de ce collègue n'existe plus.</translation>
        </message>
        <message>
            <source>That colleague's account is disabled.</source>
            <translation>Le compte de ce collègue est désactivé.</translation>
        </message>
        <message>
            <source>{owner} already owns it.</source>
            <translation>{owner} en est déjà responsable.</translation>
        </message>
        <message>
            <source>Someone changed who owns it just now. Try again.</source>
            <translation>Quelqu'un vient de changer son responsable. Réessayez.</translation>
        </message>
        <message>
            <source>Marked dealt with by {colleague}</source>
            <translation>Traitée par {colleague}</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can archive it.</source>
            <translation>{owner} répond à cette conversation ; seule cette personne ou un administrateur peut l'archiver.</translation>
        </message>
        <message>
            <source>{owner} is answering this conversation; only they or an administrator can mark it dealt with.</source>
            <translation>{owner} répond à cette conversation ; seule cette personne ou un administrateur peut la marquer comme traitée.</translation>
        </message>
        <message>
            <source>Archived by {colleague}</source>
            <translation>Archivée par {colleague}</translation>
        </message>
        <message>
            <source>Moved back to Chats by {colleague}</source>
            <translation>Remise dans Discussions par {colleague}</translation>
        </message>
        <message>
            <source>A former colleague</source>
            <translation>Un ancien collègue</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change conversations. Ask an administrator.</source>
            <translation>Votre compte est désactivé : vous ne pouvez pas modifier les conversations. Adressez-vous à un administrateur.</translation>
        </message>
        <message>
            <source>{colleague} undid Dealt with</source>
            <translation>« Traité » annulé par {colleague}</translation>
        </message>
        <message>
            <source>{colleague} undid Archive</source>
            <translation>« Archiver » annulé par {colleague}</translation>
        </message>
        <message>
            <source>It can no longer be undone: a new message arrived in the conversation.</source>
            <translation>Impossible d'annuler désormais : un nouveau message est arrivé dans la conversation.</translation>
        </message>
        <message>
            <source>It can no longer be undone: {owner} is answering the conversation now.</source>
            <translation>Impossible d'annuler désormais : {owner} répond maintenant à la conversation.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation is back in Chats.</source>
            <translation>Impossible d'annuler désormais : la conversation est de retour dans Discussions.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the account of the colleague who owned the conversation is disabled.</source>
            <translation>Impossible d'annuler désormais : le compte du collègue à qui appartenait la conversation est désactivé.</translation>
        </message>
        <message>
            <source>It can no longer be undone: the conversation was changed meanwhile.</source>
            <translation>Impossible d'annuler désormais : la conversation a été modifiée entre-temps.</translation>
        </message>
    </context>
    <context>
        <name>PaneAndList</name>
        <message>
            <source>This conversation was moved to Archived.</source>
            <extracomment>a status message: a conversation open here was archived elsewhere (not by you here)</extracomment>
            <translation>Cette conversation a été déplacée dans Archivées.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by a colleague.</source>
            <extracomment>a status message: a colleague archived (or marked dealt with) the open conversation</extracomment>
            <translation>Cette conversation a été déplacée dans Archivées par un collègue.</translation>
        </message>
        <message>
            <source>This conversation was moved to Archived by {colleague}.</source>
            <extracomment>a status message: {colleague} is who archived it, "Anna Smith (101)"</extracomment>
            <translation>Cette conversation a été déplacée dans Archivées par {colleague}.</translation>
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <source>{peer} is a sender name, not a phone number: carriers don't deliver replies to it, so SMS Desk can't send it a message.</source>
            <translation>{peer} est un nom d'expéditeur, pas un numéro de téléphone : les opérateurs ne lui distribuent pas les réponses, SMS Desk ne peut donc pas lui envoyer de message.</translation>
        </message>
        <message>
            <source>This is not a phone number. Type digits, for example {example}.</source>
            <translation>Ce n'est pas un numéro de téléphone. Saisissez des chiffres, par exemple {example}.</translation>
        </message>
        <message>
            <source>This looks like a landline: SMS may not arrive. You can still send.</source>
            <translation>Ce numéro semble être un fixe : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>This is a toll-free number: SMS may not arrive. You can still send.</source>
            <translation>C'est un numéro gratuit : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>This is a premium-rate number: SMS may not arrive. You can still send.</source>
            <translation>C'est un numéro surtaxé : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>This is a shared-cost number: SMS may not arrive. You can still send.</source>
            <translation>C'est un numéro à coût partagé : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>This is an internet (VoIP) number: SMS may not arrive. You can still send.</source>
            <translation>C'est un numéro Internet (VoIP) : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>This is a company switchboard (UAN) number: SMS may not arrive. You can still send.</source>
            <translation>C'est un numéro de standard d'entreprise (UAN) : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>This is a voicemail access number: SMS may not arrive. You can still send.</source>
            <translation>C'est un numéro d'accès à la messagerie vocale : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>This is a pager number: SMS may not arrive. You can still send.</source>
            <translation>C'est un numéro de radiomessagerie : le SMS risque de ne pas arriver. Vous pouvez tout de même l'envoyer.</translation>
        </message>
        <message>
            <source>Mobile number</source>
            <translation>Numéro de mobile</translation>
        </message>
        <message>
            <source>Mobile or landline number</source>
            <translation>Numéro mobile ou fixe</translation>
        </message>
        <message>
            <source>Landline number</source>
            <translation>Numéro fixe</translation>
        </message>
        <message>
            <source>Toll-free number</source>
            <translation>Numéro gratuit</translation>
        </message>
        <message>
            <source>Premium-rate number</source>
            <translation>Numéro surtaxé</translation>
        </message>
        <message>
            <source>Shared-cost number</source>
            <translation>Numéro à coût partagé</translation>
        </message>
        <message>
            <source>Internet (VoIP) number</source>
            <translation>Numéro Internet (VoIP)</translation>
        </message>
        <message>
            <source>Personal number</source>
            <translation>Numéro personnel</translation>
        </message>
        <message>
            <source>Pager number</source>
            <translation>Numéro de radiomessagerie</translation>
        </message>
        <message>
            <source>Company switchboard number</source>
            <translation>Numéro de standard d'entreprise</translation>
        </message>
        <message>
            <source>Voicemail access number</source>
            <translation>Numéro d'accès à la messagerie vocale</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>Mobile number ({country})</source>
            <translation>Numéro de mobile ({country})</translation>
        </message>
        <message>
            <source>Mobile or landline number ({country})</source>
            <translation>Numéro mobile ou fixe ({country})</translation>
        </message>
        <message>
            <source>Landline number ({country})</source>
            <translation>Numéro fixe ({country})</translation>
        </message>
        <message>
            <source>Toll-free number ({country})</source>
            <translation>Numéro gratuit ({country})</translation>
        </message>
        <message>
            <source>Premium-rate number ({country})</source>
            <translation>Numéro surtaxé ({country})</translation>
        </message>
        <message>
            <source>Shared-cost number ({country})</source>
            <translation>Numéro à coût partagé ({country})</translation>
        </message>
        <message>
            <source>Internet (VoIP) number ({country})</source>
            <translation>Numéro Internet (VoIP) ({country})</translation>
        </message>
        <message>
            <source>Personal number ({country})</source>
            <translation>Numéro personnel ({country})</translation>
        </message>
        <message>
            <source>Pager number ({country})</source>
            <translation>Numéro de radiomessagerie ({country})</translation>
        </message>
        <message>
            <source>Company switchboard number ({country})</source>
            <translation>Numéro de standard d'entreprise ({country})</translation>
        </message>
        <message>
            <source>Voicemail access number ({country})</source>
            <translation>Numéro d'accès à la messagerie vocale ({country})</translation>
        </message>
        <message>
            <source>Phone number ({country})</source>
            <translation>Numéro de téléphone ({country})</translation>
        </message>
        <message>
            <source>Add the country code: start with +, for example {example}.</source>
            <translation>Ajoutez l'indicatif du pays : commencez par +, par exemple {example}.</translation>
        </message>
        <message>
            <source>{code} is not a country code. Check the digits after the {prefix}.</source>
            <translation>{code} n'est pas un indicatif de pays. Vérifiez les chiffres après le {prefix}.</translation>
        </message>
        <message>
            <source>This number is too short for {country} numbers — check for missing digits.</source>
            <translation>Ce numéro est trop court pour un numéro de ce pays ({country}) — vérifiez qu'il ne manque pas de chiffres.</translation>
        </message>
        <message>
            <source>This number is too short — check for missing digits.</source>
            <translation>Ce numéro est trop court — vérifiez qu'il ne manque pas de chiffres.</translation>
        </message>
        <message>
            <source>This number is too long for {country} numbers — check for extra digits.</source>
            <translation>Ce numéro est trop long pour un numéro de ce pays ({country}) — vérifiez qu'il n'y a pas de chiffres en trop.</translation>
        </message>
        <message>
            <source>This number is too long — check for extra digits.</source>
            <translation>Ce numéro est trop long — vérifiez qu'il n'y a pas de chiffres en trop.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits for {country} numbers — check for missing or extra digits.</source>
            <translation>Ce numéro n'a pas le bon nombre de chiffres pour un numéro de ce pays ({country}) — vérifiez qu'il ne manque pas de chiffres ou qu'il n'y en a pas en trop.</translation>
        </message>
        <message>
            <source>This number has the wrong number of digits — check for missing or extra digits.</source>
            <translation>Ce numéro n'a pas le bon nombre de chiffres — vérifiez qu'il ne manque pas de chiffres ou qu'il n'y en a pas en trop.</translation>
        </message>
        <message>
            <source>This looks like a local number without its area code: add the area code.</source>
            <translation>Ce numéro semble être un numéro local sans son indicatif régional : ajoutez l'indicatif régional.</translation>
        </message>
        <message>
            <source>No {country} numbers start like this. Check the digits.</source>
            <translation>Aucun numéro ({country}) ne commence ainsi. Vérifiez les chiffres.</translation>
        </message>
        <message>
            <source>No numbers start like this. Check the digits.</source>
            <translation>Aucun numéro ne commence ainsi. Vérifiez les chiffres.</translation>
        </message>
        <message>
            <source>Did you mean {number}? ({country})</source>
            <translation>Vouliez-vous dire {number} ? ({country})</translation>
        </message>
        <message>
            <source>Did you mean {number}?</source>
            <translation>Vouliez-vous dire {number} ?</translation>
        </message>
        <message>
            <source>SMS cannot reach extension {extension}. Remove it to text {number}.</source>
            <translation>Un SMS ne peut pas atteindre le poste {extension}. Retirez-le pour écrire au {number}.</translation>
        </message>
        <message>
            <source>{number} is an emergency number: SMS Desk cannot text emergency services. Call {number} instead.</source>
            <translation>Le {number} est un numéro d'urgence : SMS Desk ne peut pas envoyer de SMS aux services d'urgence. Appelez plutôt le {number}.</translation>
        </message>
        <message>
            <source>Short code ({country})</source>
            <translation>Numéro court ({country})</translation>
        </message>
        <message>
            <source>This is a short code: it works only within {country}, and only if your gateway can send to short codes.</source>
            <translation>C'est un numéro court : il ne fonctionne que dans son pays ({country}), et seulement si votre passerelle peut envoyer vers des numéros courts.</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>Numéro court</translation>
        </message>
        <message>
            <source>This is a short code: it works only within its country, and only if your gateway can send to short codes.</source>
            <translation>C'est un numéro court : il ne fonctionne que dans son pays, et seulement si votre passerelle peut envoyer vers des numéros courts.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Sending pictures needs a public address for them: set it in Settings → Gateway (Public media URL base, and the folder published there).</source>
            <translation>Pour envoyer des images, il faut une adresse publique : définissez-la dans Paramètres → Passerelle (URL de base publique des médias et dossier publié à cette adresse).</translation>
        </message>
        <message numerus="yes">
            <source>A message can hold at most {most} pictures; these are %n. Send them in two messages.</source>
            <translation>
                <numerusform>Un message peut contenir au plus {most} images ; il y en a %n. Envoyez-les en deux messages.</numerusform>
                <numerusform>Un message peut contenir au plus {most} images ; il y en a %n. Envoyez-les en deux messages.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>Impossible de lire {name} : {reason}.</translation>
        </message>
        <message>
            <source>A picture could not be read: {reason}.</source>
            <translation>Impossible de lire une image : {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>These %n pictures are too large to send together ({size}, limit {limit}). Send them in two messages.</source>
            <translation>
                <numerusform>Ces %n images sont trop volumineuses pour être envoyées ensemble ({size}, limite {limit}). Envoyez-les en deux messages.</numerusform>
                <numerusform>Ces %n images sont trop volumineuses pour être envoyées ensemble ({size}, limite {limit}). Envoyez-les en deux messages.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is too large to send ({size}, limit {limit}).</source>
            <translation>{name} est trop volumineux pour être envoyé ({size}, limite {limit}).</translation>
        </message>
        <message>
            <source>{name} can't be sent: only JPEG, PNG, GIF and WebP pictures can.</source>
            <translation>{name} ne peut pas être envoyé : seules les images JPEG, PNG, GIF et WebP peuvent l'être.</translation>
        </message>
        <message>
            <source>The picture could not be put in the folder for sent pictures ({folder}): {reason}.</source>
            <translation>Impossible de placer l'image dans le dossier des images envoyées ({folder}) : {reason}.</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>window title of a picture shown full size</extracomment>
            <translation>Image</translation>
        </message>
        <message>
            <source>Loading picture…</source>
            <translation>Chargement de l'image…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>button: closes the picture's window</extracomment>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>This picture could not be shown: it is damaged or gone.</source>
            <translation>Impossible d'afficher cette image : elle est endommagée ou a disparu.</translation>
        </message>
        <message>
            <source>Save picture</source>
            <translation>Enregistrer l'image</translation>
        </message>
    </context>
    <context>
        <name>PopupStack</name>
        <message numerus="yes">
            <source>+%n more</source>
            <extracomment>under the pop-ups: how many more are waiting, hidden</extracomment>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Popups</name>
        <message>
            <source>Close</source>
            <extracomment>a button: closes this pop-up (the conversation stays as it is)</extracomment>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>what the pop-up's text is: the SMS received</extracomment>
            <translation>Message</translation>
        </message>
        <message>
            <source>Reply</source>
            <extracomment>a button: opens a box in the pop-up to answer the SMS</extracomment>
            <translation>Répondre</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <extracomment>a button: the SMS was seen; the conversation no longer counts as unread</extracomment>
            <translation>Marquer comme lu</translation>
        </message>
        <message>
            <source>Open</source>
            <extracomment>a button: shows the conversation in the main window</extracomment>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>a button: sends the reply typed in the pop-up</extracomment>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Longueur du message</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>État de l'envoi</translation>
        </message>
        <message>
            <source>Opted out</source>
            <extracomment>what the line under the message says: why no reply can be sent</extracomment>
            <translation>Désinscrit</translation>
        </message>
        <message>
            <source>New SMS from {name}</source>
            <translation>Nouveau SMS de {name}</translation>
        </message>
        <message>
            <source>Say something</source>
            <translation>Écrivez un message</translation>
        </message>
        <message>
            <source>Picture</source>
            <extracomment>stands for a message that is only pictures (an MMS without text)</extracomment>
            <translation>Image</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n nouveau message</numerusform>
                <numerusform>%n nouveaux messages</numerusform>
            </translation>
        </message>
        <message>
            <source>New SMS from {name}: {text}</source>
            <translation>Nouveau SMS de {name} : {text}</translation>
        </message>
        <message>
            <source>Enter sends · Shift+Enter: new line</source>
            <translation>Entrée : envoyer · Maj+Entrée : nouvelle ligne</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}. Press Enter again to send anyway.</source>
            <translation>Certaines variables ne sont pas renseignées : {names}. Appuyez de nouveau sur Entrée pour envoyer quand même.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi en cours…</translation>
        </message>
        <message>
            <source>Sent</source>
            <extracomment>the reply's status: the carrier took it</extracomment>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Non envoyé : {reason}</translation>
        </message>
        <message>
            <source>Not sent: refused.</source>
            <translation>Non envoyé : refusé.</translation>
        </message>
    </context>
    <context>
        <name>QuestionBar</name>
        <message>
            <source>{colleague} is answering this conversation. Take over from {first_name} and send? {first_name} sees that you took over.</source>
            <translation>{colleague} répond à cette conversation. La reprendre à {first_name} et envoyer ? {first_name} verra que vous l'avez reprise.</translation>
        </message>
        <message>
            <source>Take over and send</source>
            <extracomment>button: takes the conversation over from the colleague, then sends the message</extracomment>
            <translation>Reprendre et envoyer</translation>
        </message>
        <message>
            <source>Send now</source>
            <extracomment>button: sends the message now, although it is night for them</extracomment>
            <translation>Envoyer maintenant</translation>
        </message>
        <message>
            <source>{colleague} is answering this conversation, and it is {now} for {who} ({zone}). Take over from {first_name} and send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>{colleague} répond à cette conversation, et il est {now} chez {who} ({zone}). La reprendre à {first_name} et envoyer maintenant quand même ?</translation>
        </message>
        <message>
            <source>Take over and send now</source>
            <extracomment>button: takes the conversation over and sends now, although it is night for them</extracomment>
            <translation>Reprendre et envoyer maintenant</translation>
        </message>
        <message>
            <source>Some variables are not filled in: {names}.</source>
            <extracomment>said before the question about quiet hours or taking over: two whole sentences</extracomment>
            <translation>Certaines variables ne sont pas renseignées : {names}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>button: sends nothing and keeps the message in the box</extracomment>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>QuietHours</name>
        <message>
            <source>It is {now} for them ({zone} time), outside the hours you text customers ({start} to {end}). Send now anyway, or send at {start} their time?</source>
            <extracomment>{zone} is a time zone's city ("Los Angeles"); times are 24-hour ("08:00")</extracomment>
            <translation>Il est {now} chez le destinataire (heure de {zone}), en dehors des heures où vous écrivez aux clients (de {start} à {end}). Envoyer maintenant quand même, ou à {start}, heure du destinataire ?</translation>
        </message>
        <message>
            <source>It is {now} for {who} ({zone}). Send now anyway?</source>
            <extracomment>{who} is a name or number, {zone} a time zone's city ("Los Angeles")</extracomment>
            <translation>Il est {now} chez {who} ({zone}). Envoyer maintenant quand même ?</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>A number is empty.</source>
            <extracomment>Which value of a record a sentence is about (a key: each has its own whole sentences).</extracomment>
            <translation>Un numéro est vide.</translation>
        </message>
        <message>
            <source>The sender is empty.</source>
            <translation>L'expéditeur est vide.</translation>
        </message>
        <message>
            <source>The number it was sent to is empty.</source>
            <translation>Le numéro du destinataire est vide.</translation>
        </message>
        <message>
            <source>A number is longer than {most} characters.</source>
            <translation>Un numéro dépasse {most} caractères.</translation>
        </message>
        <message>
            <source>The sender is longer than {most} characters.</source>
            <translation>L'expéditeur dépasse {most} caractères.</translation>
        </message>
        <message>
            <source>The number it was sent to is longer than {most} characters.</source>
            <translation>Le numéro du destinataire dépasse {most} caractères.</translation>
        </message>
        <message>
            <source>A number holds a NUL character, which the database can't keep.</source>
            <translation>Un numéro contient un caractère NUL, que la base de données ne peut pas conserver.</translation>
        </message>
        <message>
            <source>The sender holds a NUL character, which the database can't keep.</source>
            <translation>L'expéditeur contient un caractère NUL, que la base de données ne peut pas conserver.</translation>
        </message>
        <message>
            <source>The number it was sent to holds a NUL character, which the database can't keep.</source>
            <translation>Le numéro du destinataire contient un caractère NUL, que la base de données ne peut pas conserver.</translation>
        </message>
        <message>
            <source>Its text holds a NUL character, which the database can't keep.</source>
            <translation>Son texte contient un caractère NUL, que la base de données ne peut pas conserver.</translation>
        </message>
        <message>
            <source>Its message id holds a NUL character, which the database can't keep.</source>
            <translation>Son identifiant de message contient un caractère NUL, que la base de données ne peut pas conserver.</translation>
        </message>
        <message>
            <source>A number holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Un numéro contient un caractère endommagé (une moitié d'emoji : un substitut isolé).</translation>
        </message>
        <message>
            <source>The sender holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>L'expéditeur contient un caractère endommagé (une moitié d'emoji : un substitut isolé).</translation>
        </message>
        <message>
            <source>The number it was sent to holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Le numéro du destinataire contient un caractère endommagé (une moitié d'emoji : un substitut isolé).</translation>
        </message>
        <message>
            <source>Its text holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Son texte contient un caractère endommagé (une moitié d'emoji : un substitut isolé).</translation>
        </message>
        <message>
            <source>Its message id holds a broken character (half of an emoji: a lone surrogate).</source>
            <translation>Son identifiant de message contient un caractère endommagé (une moitié d'emoji : un substitut isolé).</translation>
        </message>
        <message>
            <source>The gateway gave it no message id.</source>
            <translation>La passerelle ne lui a attribué aucun identifiant de message.</translation>
        </message>
        <message>
            <source>Its message id is longer than {most} characters.</source>
            <translation>Son identifiant de message dépasse {most} caractères.</translation>
        </message>
    </context>
    <context>
        <name>Scheduling</name>
        <message>
            <source>Edit scheduled message</source>
            <translation>Modifier le message programmé</translation>
        </message>
        <message>
            <source>Send later</source>
            <translation>Envoyer plus tard</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy  HH:mm</source>
            <extracomment>a Qt date-time format (ddd, d, MMM, yyyy, HH, mm; "h:mm AP" for a 12-hour clock)</extracomment>
            <translation>ddd d MMM yyyy  HH:mm</translation>
        </message>
        <message>
            <source>Send at</source>
            <extracomment>label of the date and time a scheduled message goes</extracomment>
            <translation>Date d'envoi</translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>Dans %n heure</numerusform>
                <numerusform>Dans %n heures</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation>Demain à {time}</translation>
        </message>
        <message>
            <source>Cancel if they reply first</source>
            <translation>Annuler si le destinataire répond avant</translation>
        </message>
        <message>
            <source>Message length</source>
            <translation>Longueur du message</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programmer</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>screen-reader name of the quoted text of the message being scheduled</extracomment>
            <translation>Message</translation>
        </message>
        <message>
            <source>“{message}”</source>
            <extracomment>the message being scheduled, in the language's quotation marks</extracomment>
            <translation>« {message} »</translation>
        </message>
        <message>
            <source>Your time ({zone}).</source>
            <extracomment>under the date and time: they are in the computer's time zone ("CET")</extracomment>
            <translation>Votre heure ({zone}).</translation>
        </message>
        <message>
            <source>Choose a time at least a minute from now.</source>
            <translation>Choisissez une heure située au moins une minute plus tard.</translation>
        </message>
        <message>
            <source>Type the message to send.</source>
            <translation>Saisissez le message à envoyer.</translation>
        </message>
        <message>
            <source>The message is too long to send.</source>
            <translation>Le message est trop long pour être envoyé.</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <extracomment>the user's own time of a scheduled send, e.g. "tomorrow 16:00"</extracomment>
            <translation>demain à {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>the user's own time of a scheduled send; {day} is a weekday ("Thu")</extracomment>
            <translation>{day} à {time}</translation>
        </message>
        <message>
            <source>Take over and send at {their_time} their time — {your_time} yours</source>
            <translation>Reprendre et envoyer à {their_time}, heure du destinataire — {your_time} chez vous</translation>
        </message>
        <message>
            <source>Send at {their_time} their time — {your_time} yours</source>
            <extracomment>button: schedules the message for the morning where the recipient is</extracomment>
            <translation>Envoyer à {their_time}, heure du destinataire — {your_time} chez vous</translation>
        </message>
        <message>
            <source>Take over and send at {time}</source>
            <translation>Reprendre et envoyer à {time}</translation>
        </message>
        <message>
            <source>Send at {time}</source>
            <translation>Envoyer à {time}</translation>
        </message>
        <message>
            <source>Scheduled for {their_time} their time — {your_time} yours</source>
            <extracomment>under a scheduled message: when it goes, on the recipient's clock and on the user's</extracomment>
            <translation>Programmé : {their_time}, heure du destinataire — {your_time} chez vous</translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <source>{characters} / {limit} characters — too long to send. Shorten it or split it in two.</source>
            <translation>{characters} / {limit} caractères — trop long pour être envoyé. Raccourcissez-le ou coupez-le en deux.</translation>
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
                <numerusform>{characters} caractères · %n SMS</numerusform>
                <numerusform>{characters} caractères · %n SMS</numerusform>
            </translation>
        </message>
        <message>
            <source>Unicode because of {characters}</source>
            <extracomment>{characters} lists the characters that need Unicode (UCS-2) encoding</extracomment>
            <translation>Unicode à cause de {characters}</translation>
        </message>
        <message>
            <source>tab</source>
            <extracomment>the tab character, named in the counter line (control characters have no name)</extracomment>
            <translation>tabulation</translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message numerus="yes">
            <source>%n message(s) set aside</source>
            <translation>
                <numerusform>%n message mis de côté</numerusform>
                <numerusform>%n messages mis de côté</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>a day and a time of day: "Tuesday 14:05", "5 Dec 14:05"</extracomment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>No message id</source>
            <translation>Aucun identifiant de message</translation>
        </message>
        <message>
            <source>{sid} · {when} (waiting to be tried again)</source>
            <extracomment>a message set aside: its id and when it came, asked to be fetched again</extracomment>
            <translation>{sid} · {when} (en attente d'un nouvel essai)</translation>
        </message>
        <message>
            <source>{sid} · {when}</source>
            <extracomment>a message set aside: its id and when it came</extracomment>
            <translation>{sid} · {when}</translation>
        </message>
        <message>
            <source>Messages from the gateway that could not be stored. Show them.</source>
            <translation>Messages de la passerelle qui n'ont pas pu être enregistrés. Les afficher.</translation>
        </message>
        <message>
            <source>Messages set aside</source>
            <translation>Messages mis de côté</translation>
        </message>
        <message>
            <source>These messages came from the SMS gateway but could not be stored; every other message arrived as usual. Try again fetches them from the gateway again; Dismiss takes them off this list.</source>
            <translation>Ces messages proviennent de la passerelle SMS mais n'ont pas pu être enregistrés ; tous les autres messages sont arrivés normalement. « Réessayer » les récupère à nouveau auprès de la passerelle ; « Écarter » les retire de cette liste.</translation>
        </message>
        <message>
            <source>What the gateway sent:</source>
            <translation>Ce que la passerelle a envoyé :</translation>
        </message>
        <message>
            <source>What the gateway sent</source>
            <translation>Ce que la passerelle a envoyé</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Écarter</translation>
        </message>
        <message>
            <source>Fetch the selected messages again and store them</source>
            <translation>Récupérer à nouveau les messages sélectionnés et les enregistrer</translation>
        </message>
        <message>
            <source>Take the selected messages off this list</source>
            <translation>Retirer les messages sélectionnés de cette liste</translation>
        </message>
        <message>
            <source>Nothing is set aside.</source>
            <translation>Aucun message mis de côté.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{key} must be "" (the desktop's) or one of {codes}</source>
            <extracomment>{codes}: the language codes SMS Desk ships ("de", "fr" …)</extracomment>
            <translation>{key} doit valoir "" (langue du système) ou l'une des valeurs {codes}</translation>
        </message>
        <message>
            <source>{key} must be {choice}</source>
            <translation>{key} doit valoir {choice}</translation>
        </message>
        <message>
            <source>{key} must be {choices} or {last}</source>
            <extracomment>{choices}: the carriers' keys separated by commas, {last}: the last key</extracomment>
            <translation>{key} doit valoir {choices} ou {last}</translation>
        </message>
        <message>
            <source>{key} must be an object of texts</source>
            <translation>{key} doit être un objet de textes</translation>
        </message>
        <message>
            <source>{key} must be a number from 1 to 300</source>
            <translation>{key} doit être un nombre de 1 à 300</translation>
        </message>
        <message>
            <source>{key} must be a two-letter country code such as {example}</source>
            <translation>{key} doit être un code pays à deux lettres comme {example}</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 2 to 120</source>
            <translation>{key} doit être un nombre entier de 2 à 120</translation>
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation>{key} doit valoir true ou false</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 1 to 15</source>
            <translation>{key} doit être un nombre entier de 1 à 15</translation>
        </message>
        <message>
            <source>{key} must be a time such as {example}</source>
            <translation>{key} doit être une heure comme {example}</translation>
        </message>
        <message>
            <source>{key} must be text</source>
            <translation>{key} doit être du texte</translation>
        </message>
        <message numerus="yes">
            <source>it is larger than %Ln bytes</source>
            <translation>
                <numerusform>il dépasse %Ln octet</numerusform>
                <numerusform>il dépasse %Ln octets</numerusform>
            </translation>
        </message>
        <message>
            <source>the file does not hold a JSON object</source>
            <translation>le fichier ne contient pas d'objet JSON</translation>
        </message>
        <message>
            <source>it is nested too deeply to be settings</source>
            <translation>son imbrication est trop profonde pour des paramètres</translation>
        </message>
        <message>
            <source>In {path}: {problem}; the default is used instead.</source>
            <translation>Dans {path} : {problem} ; la valeur par défaut est utilisée à la place.</translation>
        </message>
        <message>
            <source>In {path}: {least} is larger than {most}; the defaults (2 to 8) are used instead.</source>
            <translation>Dans {path} : {least} est supérieur à {most} ; les valeurs par défaut (2 à 8) sont utilisées à la place.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). It was set aside as {moved}, and SMS Desk started with default settings: open Settings (Ctrl+,) to set them again.</source>
            <translation>Le fichier de paramètres {path} n'a pas pu être lu ({reason}). Il a été mis de côté sous le nom {moved} et SMS Desk a démarré avec les paramètres par défaut : ouvrez les Paramètres (Ctrl+,) pour les définir à nouveau.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk started with default settings; delete or fix the file to stop seeing this.</source>
            <translation>Le fichier de paramètres {path} n'a pas pu être lu ({reason}). SMS Desk a démarré avec les paramètres par défaut ; supprimez ou corrigez le fichier pour ne plus voir ce message.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({reason}). SMS Desk starts with default settings until it is fixed or removed.</source>
            <translation>Le fichier de paramètres {path} n'a pas pu être lu ({reason}). SMS Desk démarre avec les paramètres par défaut jusqu'à ce qu'il soit corrigé ou supprimé.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>no secure keyring: can't be saved</source>
            <translation>aucun trousseau sécurisé : enregistrement impossible</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>All settings</source>
            <translation>Tous les paramètres</translation>
        </message>
        <message>
            <source>Secrets can't be saved on this computer: {advice}</source>
            <translation>Les secrets ne peuvent pas être enregistrés sur cet ordinateur : {advice}</translation>
        </message>
        <message>
            <source>Quiet hours: the sending window must start before it ends.</source>
            <translation>Heures de silence : la plage d'envoi doit commencer avant de se terminer.</translation>
        </message>
        <message>
            <source>To send pictures, fill in both the Public media URL base and the folder published at that address (or leave both empty).</source>
            <translation>Pour envoyer des images, renseignez à la fois l'URL de base publique des médias et le dossier publié à cette adresse (ou laissez les deux vides).</translation>
        </message>
        <message>
            <source>The Public media URL base must start with https:// so the gateway can fetch the pictures.</source>
            <translation>L'URL de base publique des médias doit commencer par https:// pour que la passerelle puisse récupérer les images.</translation>
        </message>
        <message>
            <source>This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</source>
            <translation>Ceci n'est pas une URL de base de données. Exemples : sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms</translation>
        </message>
        <message>
            <source>Don't put the password in the URL: type it in Database password, so it is kept in the keyring.</source>
            <translation>Ne mettez pas le mot de passe dans l'URL : saisissez-le dans « Mot de passe de la base de données » pour qu'il soit conservé dans le trousseau de clés.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Renseignez le champ « {field} » : aucune valeur n'est enregistrée pour ce compte.</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}” ({status}).</source>
            <translation>Connecté : la passerelle a accepté « {name} » ({status}).</translation>
        </message>
        <message>
            <source>Connected: the gateway accepted “{name}”.</source>
            <translation>Connecté : la passerelle a accepté « {name} ».</translation>
        </message>
        <message>
            <source>The test failed unexpectedly. Details are in the log file.</source>
            <translation>Le test a échoué de façon inattendue. Les détails figurent dans le fichier journal.</translation>
        </message>
        <message>
            <source>Enter the {field}: none is saved for this account yet.</source>
            <extracomment>{field} names a setting of the gateway ("auth token")</extracomment>
            <translation>Renseignez le champ « {field} » : aucune valeur n'est encore enregistrée pour ce compte.</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>Rien n'a été enregistré. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings file {file} can't be written ({reason}).</source>
            <translation>Rien n'a été enregistré : impossible d'écrire le fichier de paramètres {file} ({reason}).</translation>
        </message>
        <message>
            <source>Saving failed unexpectedly. Details are in the log file.</source>
            <translation>L'enregistrement a échoué de façon inattendue. Les détails figurent dans le fichier journal.</translation>
        </message>
        <message>
            <source>Gateway</source>
            <translation>Passerelle</translation>
        </message>
        <message>
            <source>Public media URL base</source>
            <translation>URL de base publique des médias</translation>
        </message>
        <message>
            <source>https://example.com/sms-pictures/</source>
            <extracomment>an example address of the web folder pictures are published in (keep it an address)</extracomment>
            <translation>https://example.com/sms-pictures/</translation>
        </message>
        <message>
            <source>Folder published at that address</source>
            <translation>Dossier publié à cette adresse</translation>
        </message>
        <message>
            <source>a folder your web server publishes there</source>
            <translation>un dossier que votre serveur web publie à cette adresse</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Résultat du test de connexion</translation>
        </message>
        <message>
            <source>SMS gateway</source>
            <translation>Passerelle SMS</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Same as the computer ({language})</source>
            <extracomment>the first choice of the Language list: {language} is the computer's, e.g. "Deutsch"</extracomment>
            <translation>Comme l'ordinateur ({language})</translation>
        </message>
        <message>
            <source>Default country</source>
            <translation>Pays par défaut</translation>
        </message>
        <message>
            <source>Check for new messages every</source>
            <translation>Vérifier les nouveaux messages toutes les</translation>
        </message>
        <message>
            <source> s</source>
            <extracomment>after a number of seconds: "30 s"</extracomment>
            <translation> s</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Rester dans la zone de notification à la fermeture de la fenêtre</translation>
        </message>
        <message>
            <source>Start SMS Desk when I log in (in the tray)</source>
            <translation>Lancer SMS Desk à l'ouverture de ma session (dans la zone de notification)</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>A new language is used the next time SMS Desk starts.</source>
            <translation>La nouvelle langue sera utilisée au prochain démarrage de SMS Desk.</translation>
        </message>
        <message>
            <source>Numbers typed without +country code are read as this country's.</source>
            <translation>Les numéros saisis sans +indicatif du pays sont considérés comme appartenant à ce pays.</translation>
        </message>
        <message>
            <source>While you use SMS Desk or wait for a reply, it checks every second; when the desk is idle, it slows down to this.</source>
            <translation>Pendant que vous utilisez SMS Desk ou attendez une réponse, il vérifie chaque seconde ; quand le bureau est inactif, il ralentit jusqu’à cet intervalle.</translation>
        </message>
        <message>
            <source>Show a notification when an SMS arrives</source>
            <translation>Afficher une notification à l'arrivée d'un SMS</translation>
        </message>
        <message>
            <source>Show notifications as</source>
            <translation>Type de notifications</translation>
        </message>
        <message>
            <source>The desktop's notifications</source>
            <translation>Notifications du système</translation>
        </message>
        <message>
            <source>SMS Desk pop-ups</source>
            <translation>Pop-ups de SMS Desk</translation>
        </message>
        <message>
            <source>The desktop's notifications follow its Do Not Disturb and notification settings. Where the desktop has no notification service, SMS Desk's pop-ups are used.</source>
            <translation>Les notifications du système suivent ses réglages « Ne pas déranger » et de notification. Si le système n'a pas de service de notification, les pop-ups de SMS Desk sont utilisées.</translation>
        </message>
        <message>
            <source>Pop-ups close after</source>
            <translation>Fermer les pop-ups après</translation>
        </message>
        <message>
            <source>Play a sound when an SMS arrives</source>
            <translation>Émettre un son à l'arrivée d'un SMS</translation>
        </message>
        <message>
            <source>Notifications</source>
            <extracomment>a section of Settings: how new messages are announced</extracomment>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>Call with</source>
            <translation>Appeler avec</translation>
        </message>
        <message>
            <source>tel: links (default), or callto:{number}, or a command</source>
            <extracomment>keep tel:, callto: and {number} as they are: they are what is typed here</extracomment>
            <translation>liens tel: (par défaut), callto:{number} ou une commande</translation>
        </message>
        <message>
            <source>Ask before texting someone outside these hours, their time</source>
            <translation>Demander avant d'écrire à quelqu'un en dehors de ces heures (heure du destinataire)</translation>
        </message>
        <message>
            <source>From</source>
            <extracomment>quiet hours: the sending window starts at this time ("From 08:00 until 20:00")</extracomment>
            <translation>De</translation>
        </message>
        <message>
            <source>until</source>
            <extracomment>quiet hours: the sending window ends at this time ("From 08:00 until 20:00")</extracomment>
            <translation>à</translation>
        </message>
        <message>
            <source>Calls and quiet hours</source>
            <extracomment>a section of Settings: how Call works and when SMS Desk asks before texting</extracomment>
            <translation>Appels et heures de silence</translation>
        </message>
        <message>
            <source>Call opens tel:+number in your softphone. To use another, give a link such as callto:{number} or a command such as 3cxphone --dial {number}.</source>
            <extracomment>keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are</extracomment>
            <translation>« Appeler » ouvre tel:+number dans votre softphone. Pour en utiliser un autre, indiquez un lien comme callto:{number} ou une commande comme 3cxphone --dial {number}.</translation>
        </message>
        <message>
            <source>Their time comes from their number's country (and area code in the US and Canada). Outside these hours SMS Desk offers to send at the start, their time.</source>
            <translation>L'heure du destinataire est déduite du pays de son numéro (et de l'indicatif régional aux États-Unis et au Canada). En dehors de ces heures, SMS Desk propose d'envoyer au début de la plage, heure du destinataire.</translation>
        </message>
        <message>
            <source>Database URL</source>
            <translation>URL de la base de données</translation>
        </message>
        <message>
            <source>empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team</source>
            <translation>vide : cet ordinateur seulement (SQLite) ; p. ex. postgresql://desk@server/sms pour une équipe</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Mot de passe de la base de données</translation>
        </message>
        <message>
            <source>kept in your system keyring</source>
            <translation>conservé dans le trousseau de clés du système</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Now: {url}. A change takes effect the next time SMS Desk starts.</source>
            <translation>Actuellement : {url}. Une modification prend effet au prochain démarrage de SMS Desk.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Send</source>
            <extracomment>the F1 list: Enter in "Say something" sends the message</extracomment>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <extracomment>the F1 list: Shift+Enter in "Say something" starts a new line instead of sending</extracomment>
            <translation>Aller à la ligne dans le message</translation>
        </message>
        <message>
            <source>Find in the conversation</source>
            <extracomment>the F1 list: Ctrl+F with the keyboard in the conversation finds text in it</extracomment>
            <translation>Rechercher dans la conversation</translation>
        </message>
        <message>
            <source>Close find</source>
            <extracomment>the F1 list: Escape in the find bar closes it</extracomment>
            <translation>Fermer la recherche</translation>
        </message>
        <message>
            <source>{keys} or {more}</source>
            <extracomment>a keyboard shortcut list read aloud: two ways to press the same thing</extracomment>
            <translation>{keys} ou {more}</translation>
        </message>
        <message>
            <source>{action}, {keys}</source>
            <extracomment>a row of the shortcuts list read aloud: what it does, then its keys</extracomment>
            <translation>{action}, {keys}</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <extracomment>the box above the shortcuts list that narrows it to what is typed</extracomment>
            <translation>Filtrer les raccourcis</translation>
        </message>
        <message>
            <source>Filter by what it does or its keys, e.g. archive</source>
            <extracomment>placeholder of the filter box; "archive" is an example of a word to type</extracomment>
            <translation>Filtrer par action ou par touches, p. ex. archiver</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <extracomment>the shortcuts list when the filter matches nothing</extracomment>
            <translation>Aucun raccourci ne correspond.</translation>
        </message>
        <message>
            <source>Chats</source>
            <extracomment>the shortcuts that find and move between chats</extracomment>
            <translation>Discussions</translation>
        </message>
        <message>
            <source>Conversation</source>
            <extracomment>the shortcuts that act on the open conversation</extracomment>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Pop-ups and notifications</source>
            <translation>Pop-ups et notifications</translation>
        </message>
        <message>
            <source>Window and help</source>
            <translation>Fenêtre et aide</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>shortcuts that belong to no other group</extracomment>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Close the pop-up</source>
            <extracomment>the F1 list: Escape in an SMS Desk pop-up closes it (the message stays unread)</extracomment>
            <translation>Fermer le pop-up</translation>
        </message>
        <message>
            <source>Open the selected chat's menu</source>
            <extracomment>the F1 list: the Menu key or Shift+F10 opens the selected chat's context menu</extracomment>
            <translation>Ouvrir le menu de la discussion sélectionnée</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <extracomment>the F1 list: Escape in the chat search box empties it</extracomment>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Undo Dealt with or Archive</source>
            <extracomment>the F1 list: Ctrl+Z takes back Dealt with or Archive while the Undo notice shows</extracomment>
            <translation>Annuler Traité ou Archiver</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>{owner} is answering this conversation.</source>
            <translation>{owner} répond à cette conversation.</translation>
        </message>
        <message>
            <source>Nobody owns this conversation yet, so there is nothing to transfer: reply to it first (you become its owner), then transfer it.</source>
            <translation>Cette conversation n'a pas encore de responsable, il n'y a donc rien à transférer : répondez-y d'abord (vous en devenez responsable), puis transférez-la.</translation>
        </message>
        <message>
            <source>Only the owner, {owner}, or an administrator can transfer this conversation.</source>
            <translation>Seul le responsable, {owner}, ou un administrateur peut transférer cette conversation.</translation>
        </message>
    </context>
    <context>
        <name>StoreFaults</name>
        <message>
            <source>Can't reach the database</source>
            <translation>Base de données injoignable</translation>
        </message>
        <message>
            <source>The database is not answering (restarting, or the network to it is down). Every message is kept; SMS Desk carries on by itself as soon as it answers again.</source>
            <translation>La base de données ne répond pas (redémarrage en cours, ou réseau vers celle-ci en panne). Tous les messages sont conservés ; SMS Desk reprendra de lui-même dès qu'elle répondra à nouveau.</translation>
        </message>
        <message>
            <source>The database is busy</source>
            <translation>La base de données est occupée</translation>
        </message>
        <message>
            <source>Another program is holding the message database. SMS Desk tries again shortly; nothing is lost meanwhile.</source>
            <translation>Un autre programme bloque la base de données des messages. SMS Desk réessaiera sous peu ; rien n'est perdu entre-temps.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Le disque est plein</translation>
        </message>
        <message>
            <source>The message database can't grow: free some disk space. SMS Desk tries again by itself.</source>
            <translation>La base de données des messages ne peut plus s'agrandir : libérez de l'espace disque. SMS Desk réessaiera de lui-même.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Connected</source>
            <extracomment>the status bar: the desk is talking to the gateway</extracomment>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Connected — another desk is talking to the gateway for the team</source>
            <translation>Connecté — un autre bureau communique avec la passerelle pour l'équipe</translation>
        </message>
        <message>
            <source>It has no usable message id, so it can't be fetched from the gateway again.</source>
            <translation>Il n'a pas d'identifiant de message utilisable : il ne peut pas être récupéré à nouveau auprès de la passerelle.</translation>
        </message>
        <message>
            <source>The gateway no longer has it.</source>
            <translation>La passerelle ne l'a plus.</translation>
        </message>
        <message>
            <source>The gateway still sends it in a form SMS Desk can't read.</source>
            <translation>La passerelle l'envoie toujours sous une forme que SMS Desk ne peut pas lire.</translation>
        </message>
        <message>
            <source>The gateway says it is not a message to this desk.</source>
            <translation>Selon la passerelle, ce message n'est pas destiné à ce bureau.</translation>
        </message>
        <message>
            <source>The database refused it ({error}); details are in the log.</source>
            <translation>La base de données l'a refusé ({error}) ; les détails figurent dans le journal.</translation>
        </message>
        <message>
            <source>Not received by the gateway</source>
            <translation>Non reçu par la passerelle</translation>
        </message>
        <message>
            <source>Not at the gateway yet; SMS Desk will look again</source>
            <translation>Pas encore disponible sur la passerelle ; SMS Desk vérifiera de nouveau</translation>
        </message>
        <message>
            <source>Picture not fetched: {reason}</source>
            <translation>Image non récupérée : {reason}</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>Another desk is talking to the gateway for the team.</source>
            <translation>Un autre bureau communique avec la passerelle pour l'équipe.</translation>
        </message>
        <message>
            <source>The team database is unreachable; trying again shortly.</source>
            <translation>La base de données d'équipe est injoignable ; nouvel essai sous peu.</translation>
        </message>
        <message>
            <source>Cannot reach the team database.</source>
            <translation>Impossible de joindre la base de données d'équipe.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Never</source>
            <extracomment>an account's last sign-in: it has never signed in</extracomment>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Administrator</source>
            <extracomment>an account's role: may manage accounts and settings</extracomment>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Colleague</source>
            <extracomment>an account's role: an ordinary account</extracomment>
            <translation>Collègue</translation>
        </message>
        <message>
            <source>Disabled</source>
            <extracomment>an account's state: it cannot sign in</extracomment>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Enabled</source>
            <extracomment>an account's state: it can sign in</extracomment>
            <translation>Activé</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Everyone who signs in to SMS Desk with their phone extension. A disabled account cannot sign in; an administrator may manage accounts and settings.</source>
            <translation>Toutes les personnes qui se connectent à SMS Desk avec leur numéro de poste. Un compte désactivé ne peut pas se connecter ; un administrateur peut gérer les comptes et les paramètres.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>column heading: administrator or colleague</extracomment>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>column heading: enabled or disabled</extracomment>
            <translation>État</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Dernière connexion</translation>
        </message>
        <message>
            <source>&amp;Add colleague…</source>
            <translation>&amp;Ajouter un collègue…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Réinitialiser le mot de passe…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>&amp;Make administrator</source>
            <translation>Nommer ad&amp;ministrateur</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>Ac&amp;tiver</translation>
        </message>
        <message>
            <source>Remove ad&amp;ministrator</source>
            <translation>Retirer le rôle d'ad&amp;ministrateur</translation>
        </message>
        <message>
            <source>{user} is disabled and can no longer sign in.</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>{user} est désactivé et ne peut plus se connecter.</translation>
        </message>
        <message>
            <source>{user} is enabled and can sign in again.</source>
            <translation>{user} est activé et peut de nouveau se connecter.</translation>
        </message>
        <message>
            <source>{user} is an administrator now.</source>
            <translation>{user} est désormais administrateur.</translation>
        </message>
        <message>
            <source>{user} is no longer an administrator.</source>
            <translation>{user} n'est plus administrateur.</translation>
        </message>
        <message>
            <source>Added {user} as an administrator.</source>
            <translation>{user} a été ajouté comme administrateur.</translation>
        </message>
        <message>
            <source>Added {user}.</source>
            <translation>{user} a été ajouté.</translation>
        </message>
        <message>
            <source>Changed the password of {user}.</source>
            <translation>Le mot de passe de {user} a été modifié.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>Ajouter un collègue</translation>
        </message>
        <message>
            <source>For example {example}</source>
            <extracomment>{example}: an extension such as 102</extracomment>
            <translation>Par exemple {example}</translation>
        </message>
        <message>
            <source>As colleagues will see it</source>
            <translation>Tel que vos collègues le verront</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Confirmer le mot de passe</translation>
        </message>
        <message>
            <source>&amp;Administrator: may manage accounts and settings</source>
            <translation>&amp;Administrateur : peut gérer les comptes et les paramètres</translation>
        </message>
        <message>
            <source>&amp;Extension:</source>
            <translation>&amp;Poste :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Confirmer le mot de passe :</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Ajouter le collègue</translation>
        </message>
        <message>
            <source>Reset the password of {user}</source>
            <extracomment>{user}: a colleague's name and extension, "Bob (102)"</extracomment>
            <translation>Réinitialiser le mot de passe de {user}</translation>
        </message>
        <message>
            <source>{user} signs in with this password from now on; tell them what it is.</source>
            <translation>{user} se connecte désormais avec ce mot de passe ; communiquez-le-lui.</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Réinitialiser le mot de passe</translation>
        </message>
    </context>
    <context>
        <name>Telnyx</name>
        <message>
            <source>SMS Desk cannot tell whether this SMS reached Telnyx: the connection dropped before Telnyx answered. Check that the recipient got it, then Retry or Discard.</source>
            <translation>SMS Desk ne peut pas savoir si ce SMS est parvenu à Telnyx : la connexion a été coupée avant que Telnyx ne réponde. Vérifiez que le destinataire l'a reçu, puis choisissez Réessayer ou Abandonner.</translation>
        </message>
        <message>
            <source>A picture's address is not a secure web address; it was not fetched.</source>
            <translation>L'adresse d'une image n'est pas une adresse web sécurisée ; elle n'a pas été récupérée.</translation>
        </message>
        <message>
            <source>Telnyx no longer has this picture.</source>
            <translation>Telnyx ne dispose plus de cette image.</translation>
        </message>
        <message>
            <source>A picture could not be fetched (HTTP {status}). SMS Desk will try again.</source>
            <translation>Une image n'a pas pu être récupérée (HTTP {status}). SMS Desk va réessayer.</translation>
        </message>
        <message>
            <source>Telnyx has no messaging profile with this ID on the account. Check the Messaging profile ID in Settings.</source>
            <translation>Telnyx n'a aucun profil de messagerie avec cet ID sur ce compte. Vérifiez l'ID du profil de messagerie dans les Paramètres.</translation>
        </message>
        <message>
            <source>The messaging profile “{name}” is disabled at Telnyx, so nothing can be sent through it. Enable it in the Telnyx portal.</source>
            <translation>Le profil de messagerie « {name} » est désactivé chez Telnyx : rien ne peut être envoyé par lui. Activez-le dans le portail Telnyx.</translation>
        </message>
        <message>
            <source>The API key works, but the Telnyx account has no number {number}. Check the From number in Settings.</source>
            <translation>La clé d'API fonctionne, mais le compte Telnyx n'a pas le numéro {number}. Vérifiez le numéro d'envoi dans les Paramètres.</translation>
        </message>
        <message>
            <source>Telnyx refused the API key. Check the API key in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Telnyx", AUTH_SENTENCE).</extracomment>
            <translation>Telnyx a refusé la clé d'API. Vérifiez la clé d'API dans les Paramètres.</translation>
        </message>
        <message>
            <source>Telnyx at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx ({host}) a envoyé une réponse que SMS Desk ne peut pas lire. SMS Desk va réessayer ; si cela persiste, vérifiez l'adresse de l'API dans les Paramètres.</translation>
        </message>
        <message>
            <source>Can't reach Telnyx at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>Impossible de joindre Telnyx ({host}). Vérifiez la connexion Internet ; SMS Desk continuera d'essayer.</translation>
        </message>
        <message>
            <source>Telnyx at {host} did not answer in time. SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx ({host}) n'a pas répondu à temps. SMS Desk vérifiera ce qui s'est passé avant de renvoyer quoi que ce soit.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to Telnyx at {host}: its certificate was not accepted. Check the API address in Settings.</source>
            <translation>Impossible d'établir une connexion sécurisée avec Telnyx ({host}) : son certificat n'a pas été accepté. Vérifiez l'adresse de l'API dans les Paramètres.</translation>
        </message>
        <message>
            <source>The connection to Telnyx at {host} broke before it answered. SMS Desk will check what happened before it sends anything again.</source>
            <translation>La connexion avec Telnyx ({host}) a été coupée avant sa réponse. SMS Desk vérifiera ce qui s'est passé avant de renvoyer quoi que ce soit.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>Telnyx a demandé à SMS Desk de ralentir. Nouvel essai dans {seconds} s.</translation>
        </message>
        <message>
            <source>Telnyx asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>Telnyx a demandé à SMS Desk de ralentir. Nouvel essai sous peu.</translation>
        </message>
        <message>
            <source>Telnyx at {host} had a problem (HTTP {status}). SMS Desk will check what happened before it sends anything again.</source>
            <translation>Telnyx ({host}) a rencontré un problème (HTTP {status}). SMS Desk vérifiera ce qui s'est passé avant de renvoyer quoi que ce soit.</translation>
        </message>
        <message>
            <source>Telnyx has no record of that message (it keeps them for 10 days).</source>
            <translation>Telnyx n'a aucune trace de ce message (il les conserve 10 jours).</translation>
        </message>
        <message>
            <source>Telnyx has no record of what SMS Desk asked for. Check the settings of the Telnyx gateway.</source>
            <translation>Telnyx n'a aucune trace de ce que SMS Desk a demandé. Vérifiez les paramètres de la passerelle Telnyx.</translation>
        </message>
        <message>
            <source>Telnyx at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the API address in Settings.</source>
            <translation>Telnyx ({host}) a redirigé SMS Desk ailleurs (HTTP {status}). Vérifiez l'adresse de l'API dans les Paramètres.</translation>
        </message>
        <message>
            <source>Telnyx sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the API address in Settings.</source>
            <translation>Telnyx a envoyé un enregistrement de message que SMS Desk ne peut pas lire. SMS Desk va réessayer ; si cela persiste, vérifiez l'adresse de l'API dans les Paramètres.</translation>
        </message>
        <message>
            <source>The recipient's carrier blocks the desk's sending number as spam, so nothing sent from it arrives there. Ask your administrator to contact Telnyx.</source>
            <translation>L'opérateur du destinataire bloque le numéro d'envoi du bureau comme spam : rien de ce qui en part n'y arrive. Demandez à votre administrateur de contacter Telnyx.</translation>
        </message>
        <message>
            <source>The recipient's carrier refused the text of this message. Remove unusual characters or symbols, then press Retry.</source>
            <translation>L'opérateur du destinataire a refusé le texte de ce message. Retirez les caractères ou symboles inhabituels, puis cliquez sur Réessayer.</translation>
        </message>
        <message>
            <source>The message expired at Telnyx before it could be delivered. Press Retry to send it again.</source>
            <translation>Le message a expiré chez Telnyx avant d'être distribué. Cliquez sur Réessayer pour l'envoyer de nouveau.</translation>
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
            <translation>Ce modèle a été supprimé entre-temps.</translation>
        </message>
        <message>
            <source>Your account is disabled, so you cannot change templates.</source>
            <translation>Votre compte est désactivé : vous ne pouvez pas modifier les modèles.</translation>
        </message>
        <message>
            <source>Only an administrator can change templates shared with everyone. Save it as your own (Only me) instead.</source>
            <translation>Seul un administrateur peut modifier les modèles partagés avec tout le monde. Enregistrez-le plutôt comme modèle personnel (Moi uniquement).</translation>
        </message>
        <message>
            <source>That template belongs to a colleague; only they can change it.</source>
            <translation>Ce modèle appartient à un collègue ; seul ce collègue peut le modifier.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” shared with everyone. Pick another name.</source>
            <translation>Un modèle « {name} » est déjà partagé avec tout le monde. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>There is already a template “{name}” of yours. Pick another name.</source>
            <translation>Vous avez déjà un modèle « {name} ». Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>Un modèle doit avoir un nom.</translation>
        </message>
        <message>
            <source>A template name can be at most {most} characters.</source>
            <translation>Le nom d'un modèle peut compter au plus {most} caractères.</translation>
        </message>
        <message>
            <source>The template “{name}” needs some text.</source>
            <translation>Le modèle « {name} » doit contenir du texte.</translation>
        </message>
        <message>
            <source>The template “{name}” is too long: at most {most} characters.</source>
            <translation>Le modèle « {name} » est trop long : {most} caractères au maximum.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Only me</source>
            <extracomment>who can use a template: the colleague who wrote it</extracomment>
            <translation>Moi uniquement</translation>
        </message>
        <message>
            <source>Everyone (admins)</source>
            <extracomment>who can use a template: every colleague (only administrators can choose it)</extracomment>
            <translation>Tout le monde (administrateurs)</translation>
        </message>
        <message>
            <source>Manage templates…</source>
            <translation>Gérer les modèles…</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>{name}  (mine)</source>
            <extracomment>a template in the menu that only its author sees</extracomment>
            <translation>{name}  (le mien)</translation>
        </message>
        <message>
            <source>No templates yet</source>
            <translation>Aucun modèle pour l'instant</translation>
        </message>
        <message>
            <source>Insert a saved reply (or type / and its name)</source>
            <translation>Insérer une réponse enregistrée (ou taper / suivi de son nom)</translation>
        </message>
        <message>
            <source>Manage templates</source>
            <translation>Gérer les modèles</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. thanks</source>
            <translation>p. ex. merci</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Hi {first_name}, thanks for your message! — {my_name}</source>
            <extracomment>an example template; keep {first_name} and {my_name} as they are</extracomment>
            <translation>Bonjour {first_name}, merci pour votre message ! — {my_name}</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Qui peut l'utiliser</translation>
        </message>
        <message>
            <source>Only an administrator can share templates with everyone.</source>
            <translation>Seul un administrateur peut partager des modèles avec tout le monde.</translation>
        </message>
        <message>
            <source>Variables: {first_name} (the contact's), {my_name} (yours), {date} (today)</source>
            <extracomment>keep the {names} as they are: they are what a template writer types</extracomment>
            <translation>Variables : {first_name} (prénom du contact), {my_name} (votre nom), {date} (date du jour)</translation>
        </message>
        <message>
            <source>Template status</source>
            <translation>État du modèle</translation>
        </message>
        <message>
            <source>New</source>
            <extracomment>a button: start writing a new template</extracomment>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>{name}  ·  everyone</source>
            <extracomment>a template in the list, shared with every colleague</extracomment>
            <translation>{name}  ·  tout le monde</translation>
        </message>
        <message>
            <source>{name}  ·  only me</source>
            <extracomment>a template in the list that only its author sees</extracomment>
            <translation>{name}  ·  moi uniquement</translation>
        </message>
        <message>
            <source>Shared with everyone: only an administrator can change or delete it.</source>
            <translation>Partagé avec tout le monde : seul un administrateur peut le modifier ou le supprimer.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>« {name} » enregistré.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>« {name} » supprimé.</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>Transfer conversation</source>
            <extracomment>window title: hand a conversation over to a colleague</extracomment>
            <translation>Transférer la conversation</translation>
        </message>
        <message>
            <source>Hand the conversation with {title} to a colleague:</source>
            <translation>Confier la conversation avec {title} à un collègue :</translation>
        </message>
        <message>
            <source>Search colleagues</source>
            <translation>Rechercher des collègues</translation>
        </message>
        <message>
            <source>Search by name or extension</source>
            <translation>Rechercher par nom ou numéro de poste</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collègues</translation>
        </message>
        <message>
            <source>No colleague to transfer to: add accounts with “{command}”.</source>
            <translation>Aucun collègue à qui transférer : ajoutez des comptes avec « {command} ».</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (facultative)</translation>
        </message>
        <message>
            <source>Note (optional), e.g. “wants a call back after 3 pm”</source>
            <translation>Note (facultative), p. ex. « souhaite être rappelé après 15 h »</translation>
        </message>
        <message>
            <source>Transfer</source>
            <extracomment>button: hands the conversation over to the chosen colleague</extracomment>
            <translation>Transférer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <source>Keep the note under %n character(s).</source>
            <translation>
                <numerusform>La note doit compter moins de %n caractère.</numerusform>
                <numerusform>La note doit compter moins de %n caractères.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open SMS Desk</source>
            <translation>Ouvrir SMS Desk</translation>
        </message>
        <message>
            <source>New SMS</source>
            <translation>Nouveau SMS</translation>
        </message>
        <message>
            <source>Do not disturb</source>
            <translation>Ne pas déranger</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>SMS Desk — no unread messages</source>
            <translation>SMS Desk — aucun message non lu</translation>
        </message>
        <message numerus="yes">
            <source>SMS Desk — %n unread conversation(s)</source>
            <translation>
                <numerusform>SMS Desk — %n conversation non lue</numerusform>
                <numerusform>SMS Desk — %n conversations non lues</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} (offline)</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") when the gateway does not answer</extracomment>
            <translation>{status} (hors ligne)</translation>
        </message>
        <message>
            <source>{status} · Do not disturb</source>
            <extracomment>the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") while Do not disturb is on</extracomment>
            <translation>{status} · Ne pas déranger</translation>
        </message>
    </context>
    <context>
        <name>TraySession</name>
        <message>
            <source>This desktop has no system tray, so SMS Desk stays open in its window: closing the window quits it. Pop-ups still appear when an SMS arrives.</source>
            <translation>Cet environnement de bureau n'a pas de zone de notification : SMS Desk reste donc ouvert dans sa fenêtre, et fermer la fenêtre quitte l'application. Les pop-ups s'affichent toujours à l'arrivée d'un SMS.</translation>
        </message>
        <message>
            <source>SMS Desk is still running</source>
            <translation>SMS Desk est toujours en cours d'exécution</translation>
        </message>
        <message>
            <source>It keeps running in the system tray: click its icon to open it again.</source>
            <translation>L'application continue de fonctionner dans la zone de notification : cliquez sur son icône pour la rouvrir.</translation>
        </message>
    </context>
    <context>
        <name>Twilio</name>
        <message>
            <source>SMS Desk could not read the SMS gateway's list of messages to {number} far enough back to tell whether a message already went. It stays waiting and is checked again later, so that it is not sent twice.</source>
            <translation>SMS Desk n'a pas pu remonter assez loin dans la liste des messages envoyés au {number} par la passerelle SMS pour savoir si un message est déjà parti. Il reste en attente et sera vérifié plus tard, afin de ne pas être envoyé deux fois.</translation>
        </message>
        <message>
            <source>A picture's address is not on the SMS gateway; it was not fetched.</source>
            <translation>L'adresse d'une image ne se trouve pas sur la passerelle SMS ; elle n'a pas été récupérée.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture through too many redirects; it was not fetched.</source>
            <translation>La passerelle SMS {host} a envoyé une image via trop de redirections ; elle n'a pas été récupérée.</translation>
        </message>
        <message>
            <source>The SMS gateway no longer has this picture.</source>
            <translation>La passerelle SMS ne dispose plus de cette image.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} could not hand over a picture (HTTP {status}). SMS Desk will try again.</source>
            <translation>La passerelle SMS {host} n'a pas pu fournir une image (HTTP {status}). SMS Desk va réessayer.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the Account SID or auth token. Check them in Settings.</source>
            <extracomment>Marked here, translated where raised: translate("Twilio", AUTH_SENTENCE).</extracomment>
            <translation>La passerelle SMS a refusé l'Account SID ou l'auth token. Vérifiez-les dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent a picture to an address SMS Desk does not fetch from; it was not fetched.</source>
            <translation>La passerelle SMS {host} a placé une image à une adresse depuis laquelle SMS Desk ne télécharge pas ; elle n'a pas été récupérée.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} sent an answer SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>La passerelle SMS {host} a envoyé une réponse que SMS Desk ne peut pas lire. SMS Desk va réessayer ; si cela persiste, vérifiez l'adresse de la passerelle dans les Paramètres.</translation>
        </message>
        <message>
            <source>Can't reach the SMS gateway at {host}. Check the internet connection; SMS Desk will keep trying.</source>
            <translation>Impossible de joindre la passerelle SMS {host}. Vérifiez la connexion Internet ; SMS Desk continuera d'essayer.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} did not answer in time. SMS Desk will check what happened and try again.</source>
            <translation>La passerelle SMS {host} n'a pas répondu à temps. SMS Desk va vérifier ce qui s'est passé et réessayer.</translation>
        </message>
        <message>
            <source>Can't make a secure connection to the SMS gateway at {host}: its certificate was not accepted. Check the gateway address in Settings.</source>
            <translation>Impossible d'établir une connexion sécurisée avec la passerelle SMS {host} : son certificat n'a pas été accepté. Vérifiez l'adresse de la passerelle dans les Paramètres.</translation>
        </message>
        <message>
            <source>The connection to the SMS gateway at {host} broke before it answered. SMS Desk will check what happened and try again.</source>
            <translation>La connexion à la passerelle SMS {host} a été interrompue avant sa réponse. SMS Desk va vérifier ce qui s'est passé et réessayer.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again in {seconds} s.</source>
            <translation>La passerelle SMS a demandé à SMS Desk de ralentir. Nouvel essai dans {seconds} s.</translation>
        </message>
        <message>
            <source>The SMS gateway asked SMS Desk to slow down. It will try again shortly.</source>
            <translation>La passerelle SMS a demandé à SMS Desk de ralentir. Nouvel essai sous peu.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} had a problem (HTTP {status}). SMS Desk will try again.</source>
            <translation>La passerelle SMS {host} a rencontré un problème (HTTP {status}). SMS Desk va réessayer.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of that message. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>La passerelle SMS n'a aucune trace de ce message. Si cela persiste, vérifiez l'Account SID et l'adresse de la passerelle dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway has no record of what SMS Desk asked for. If this keeps happening, check the Account SID and gateway address in Settings.</source>
            <translation>La passerelle SMS n'a aucune trace de ce que SMS Desk a demandé. Si cela persiste, vérifiez l'Account SID et l'adresse de la passerelle dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway at {host} redirected SMS Desk elsewhere (HTTP {status}). Check the gateway address in Settings.</source>
            <translation>La passerelle SMS {host} a redirigé SMS Desk ailleurs (HTTP {status}). Vérifiez l'adresse de la passerelle dans les Paramètres.</translation>
        </message>
        <message>
            <source>The SMS gateway sent a message record SMS Desk can't read. SMS Desk will try again; if it keeps happening, check the gateway address in Settings.</source>
            <translation>La passerelle SMS a envoyé un enregistrement de message que SMS Desk ne peut pas lire. SMS Desk va réessayer ; si cela persiste, vérifiez l'adresse de la passerelle dans les Paramètres.</translation>
        </message>
        <message>
            <source>The gateway's entry is not a message record.</source>
            <translation>L'entrée de la passerelle n'est pas un enregistrement de message.</translation>
        </message>
        <message>
            <source>The gateway's record has no message id (sid).</source>
            <translation>L'enregistrement de la passerelle n'a pas d'identifiant de message (sid).</translation>
        </message>
        <message>
            <source>The gateway's record has no status.</source>
            <translation>L'enregistrement de la passerelle n'a pas d'état (status).</translation>
        </message>
        <message>
            <source>The gateway's record has an unknown direction ({direction}).</source>
            <translation>L'enregistrement de la passerelle a une direction inconnue ({direction}).</translation>
        </message>
        <message>
            <source>The gateway's record has no date_created.</source>
            <extracomment>date_created is the name of the gateway's field: not translated</extracomment>
            <translation>L'enregistrement de la passerelle n'a pas de date_created.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a date.</source>
            <extracomment>{field} is the name of the gateway's field (date_sent…): not translated</extracomment>
            <translation>Dans l'enregistrement de la passerelle, {field} n'est pas une date.</translation>
        </message>
        <message>
            <source>The gateway's record has a {field} that is not a number.</source>
            <extracomment>{field} is the name of the gateway's field (num_media…): not translated</extracomment>
            <translation>Dans l'enregistrement de la passerelle, {field} n'est pas un nombre.</translation>
        </message>
        <message>
            <source>The gateway's record could not be read.</source>
            <translation>L'enregistrement de la passerelle n'a pas pu être lu.</translation>
        </message>
    </context>
    <context>
        <name>UndoNotice</name>
        <message>
            <source>Undo</source>
            <extracomment>a button: take back what was just done (Dealt with, Archive)</extracomment>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo ({keys})</source>
            <extracomment>{keys}: the keyboard shortcut as the desktop writes it ("Ctrl+Z", "Strg+Z")</extracomment>
            <translation>Annuler ({keys})</translation>
        </message>
        <message>
            <source>{done} Undo with {keys}.</source>
            <extracomment>what a screen reader says for the notice: {done} is what was done ("Archived.")</extracomment>
            <translation>{done} Annulez avec {keys}.</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>No app on this computer handles {scheme}: links, so the call could not start. Install your softphone (for example the 3CX app), or set how to call in Settings → Call with.</source>
            <translation>Aucune application de cet ordinateur ne gère les liens {scheme}:, l'appel n'a donc pas pu démarrer. Installez votre softphone (par exemple l'application 3CX) ou indiquez comment appeler dans Paramètres → Appeler avec.</translation>
        </message>
        <message>
            <source>The call command “{command}” could not be started ({reason}). Check Settings → Call with.</source>
            <translation>La commande d'appel « {command} » n'a pas pu être lancée ({reason}). Vérifiez Paramètres → Appeler avec.</translation>
        </message>
        <message>
            <source>Calling {number}…</source>
            <translation>Appel vers {number}…</translation>
        </message>
        <message>
            <source>Transferred to {name}.</source>
            <translation>Transférée à {name}.</translation>
        </message>
        <message>
            <source>Transferred to your colleague.</source>
            <translation>Transférée à votre collègue.</translation>
        </message>
        <message>
            <source>Marked dealt with and archived.</source>
            <translation>Traitée et archivée.</translation>
        </message>
        <message>
            <source>Marked dealt with, but a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Traitée, mais un nouveau message vient d'arriver : la conversation reste dans Discussions.</translation>
        </message>
        <message>
            <source>Moved back to Chats.</source>
            <translation>Remise dans Discussions.</translation>
        </message>
        <message>
            <source>Archived.</source>
            <extracomment>a status message: the conversation was archived</extracomment>
            <translation>Archivée.</translation>
        </message>
        <message>
            <source>Not archived: a new message arrived just now, so the conversation stays in Chats.</source>
            <translation>Non archivée : un nouveau message vient d'arriver, la conversation reste donc dans Discussions.</translation>
        </message>
        <message>
            <source>Marked as unread.</source>
            <translation>Marquée comme non lue.</translation>
        </message>
        <message>
            <source>Undone: the conversation is back as it was.</source>
            <translation>Annulé : la conversation est revenue à son état précédent.</translation>
        </message>
        <message>
            <source>SMS with {title}.pdf</source>
            <extracomment>the file name suggested when a conversation is exported</extracomment>
            <translation>SMS avec {title}.pdf</translation>
        </message>
        <message>
            <source>PDF, printable (*.pdf)</source>
            <translation>PDF, imprimable (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Exporter la conversation</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation en cours…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to {path}.</source>
            <translation>
                <numerusform>%n message exporté dans {path}.</numerusform>
                <numerusform>%n messages exportés dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The conversation could not be exported. {reason}</source>
            <translation>La conversation n'a pas pu être exportée. {reason}</translation>
        </message>
        <message>
            <source>SMS opt-outs.csv</source>
            <extracomment>the file name suggested when the opt-out list is exported</extracomment>
            <translation>Désinscriptions SMS.csv</translation>
        </message>
        <message>
            <source>Export opt-out list</source>
            <translation>Exporter la liste des désinscriptions</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n opted-out number(s) to {path}.</source>
            <translation>
                <numerusform>%n numéro désinscrit exporté dans {path}.</numerusform>
                <numerusform>%n numéros désinscrits exportés dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The opt-out list could not be exported. {reason}</source>
            <translation>La liste des désinscriptions n'a pas pu être exportée. {reason}</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New SMS…</source>
            <translation>&amp;Nouveau SMS…</translation>
        </message>
        <message>
            <source>&amp;Contacts…</source>
            <translation>&amp;Contacts…</translation>
        </message>
        <message>
            <source>&amp;Export opt-out list…</source>
            <translation>&amp;Exporter la liste des désinscriptions…</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>Équ&amp;ipe…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Conversation suivante</translation>
        </message>
        <message>
            <source>Previous conversation</source>
            <translation>Conversation précédente</translation>
        </message>
        <message>
            <source>Switch between Chats and Archived</source>
            <translation>Basculer entre Discussions et Archivées</translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>the F1 list's row for sending (Enter in "Say something", Ctrl+Enter anywhere)</extracomment>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>&amp;Do not disturb</source>
            <translation>Ne pas &amp;déranger</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Se déconnecter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About SMS Desk</source>
            <translation>À &amp;propos de SMS Desk</translation>
        </message>
        <message>
            <source>Add colleagues, reset passwords, disable accounts</source>
            <translation>Ajouter des collègues, réinitialiser des mots de passe, désactiver des comptes</translation>
        </message>
        <message>
            <source>Only an administrator can open Team.</source>
            <translation>Seul un administrateur peut ouvrir Équipe.</translation>
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <source>Connecting…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <extracomment>%n is a number of seconds</extracomment>
            <translation>
                <numerusform>Hors ligne — nouvel essai dans %n s</numerusform>
                <numerusform>Hors ligne — nouvel essai dans %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — retrying…</source>
            <translation>Hors ligne — nouvel essai…</translation>
        </message>
        <message numerus="yes">
            <source>{problem} — retrying in %n s</source>
            <extracomment>{problem} is a short headline ("Can't reach the database"); %n seconds</extracomment>
            <translation>
                <numerusform>{problem} — nouvel essai dans %n s</numerusform>
                <numerusform>{problem} — nouvel essai dans %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem} — retrying…</source>
            <translation>{problem} — nouvel essai…</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Utilisateur connecté</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Syncing could not start. Details are in the log.</source>
            <translation>La synchronisation n'a pas pu démarrer. Les détails figurent dans le journal.</translation>
        </message>
        <message>
            <source>Syncing failed unexpectedly; SMS Desk will try again. Details are in the log.</source>
            <translation>La synchronisation a échoué de façon inattendue ; SMS Desk va réessayer. Les détails figurent dans le journal.</translation>
        </message>
    </context>
</TS>
