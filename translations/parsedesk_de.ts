<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ParseDesk</source>
        <translation>Über ParseDesk</translation>
    </message>
    <message>
        <source>A desktop admin client for Parse Server: connections, classes, queries, batches and the requests behind them.</source>
        <translation>Ein Desktop-Administrationsclient für Parse Server: Verbindungen, Klassen, Abfragen, Stapel und die Anfragen dahinter.</translation>
    </message>
    <message>
        <source>What ships with ParseDesk, and its license</source>
        <translation>Was mit ParseDesk ausgeliefert wird, und seine Lizenz</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Qt&lt;/a&gt;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/simdjson/simdjson&quot;&gt;simdjson&lt;/a&gt;: Apache 2.0 or MIT&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Qt&lt;/a&gt;: GNU LGPL Version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/simdjson/simdjson&quot;&gt;simdjson&lt;/a&gt;: Apache 2.0 oder MIT&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>ParseDesk %1</source>
        <translation>ParseDesk %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-Mail bestätigt</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Passwort setzen…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Show effective users</source>
        <translation>Tatsächliche Benutzer zeigen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Alle widerrufen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Child roles (their users have this role too)</source>
        <translation>Unterrollen (ihre Benutzer haben diese Rolle auch)</translation>
    </message>
    <message>
        <source>%1 · email: %2 · objectId %3</source>
        <translation>%1 · E-Mail: %2 · objectId %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Linked sign-ins (authData): none</source>
        <translation>Verknüpfte Anmeldungen (authData): keine</translation>
    </message>
    <message>
        <source>Linked sign-ins (authData), credentials redacted:
%1</source>
        <translation>Verknüpfte Anmeldungen (authData), Zugangsdaten geschwärzt:
%1</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Role members saved</source>
        <translation>Rollenmitglieder gespeichert</translation>
    </message>
    <message>
        <source>Reading the role and its child roles…</source>
        <translation>Rolle und Unterrollen werden gelesen…</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>No user has this role.</source>
        <translation>Kein Benutzer hat diese Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked</source>
        <translation>
            <numerusform>%n Sitzung widerrufen</numerusform>
            <numerusform>%n Sitzungen widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A role&apos;s members are users and child roles: every user of a child role has this role too. Changes go through the role&apos;s users and roles relations (AddRelation, RemoveRelation) and can be undone from the journal.</source>
        <translation>Mitglieder einer Rolle sind Benutzer und Unterrollen: Jeder Benutzer einer Unterrolle hat auch diese Rolle. Änderungen gehen über die Relationen users und roles der Rolle (AddRelation, RemoveRelation) und lassen sich im Journal rückgängig machen.</translation>
    </message>
    <message>
        <source>Choose a user to set their password, mark their email verified or revoke their sessions. A new password is typed twice and kept nowhere.</source>
        <translation>Wählen Sie einen Benutzer, um sein Passwort zu setzen, seine E-Mail als bestätigt zu markieren oder seine Sitzungen zu widerrufen. Ein neues Passwort wird zweimal eingegeben und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Choose a user to see their sessions (one per logged-in device) and revoke one or all of them, which logs those devices out.</source>
        <translation>Wählen Sie einen Benutzer, um seine Sitzungen zu sehen (eine je angemeldetem Gerät) und eine oder alle zu widerrufen, was diese Geräte abmeldet.</translation>
    </message>
    <message>
        <source>Choose role…</source>
        <translation>Rolle wählen…</translation>
    </message>
    <message>
        <source>Choose user…</source>
        <translation>Benutzer wählen…</translation>
    </message>
    <message>
        <source>No role chosen.</source>
        <translation>Keine Rolle gewählt.</translation>
    </message>
    <message>
        <source>No user chosen.</source>
        <translation>Kein Benutzer gewählt.</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Users, roles and sessions need the master key; this connection has none.</source>
        <translation>Benutzer, Rollen und Sitzungen brauchen den Master-Key; diese Verbindung hat keinen.</translation>
    </message>
    <message>
        <source>Read-only: this production connection&apos;s writes are locked.</source>
        <translation>Nur lesen: Die Schreibzugriffe dieser Produktionsverbindung sind gesperrt.</translation>
    </message>
    <message>
        <source>Role not added</source>
        <translation>Rolle nicht hinzugefügt</translation>
    </message>
    <message>
        <source>A role cannot be its own child role.</source>
        <translation>Eine Rolle kann nicht ihre eigene Unterrolle sein.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s) of %1? Those devices are logged out.</source>
        <translation>
            <numerusform>%n Sitzung von %1 widerrufen? Dieses Gerät wird abgemeldet.</numerusform>
            <numerusform>%n Sitzungen von %1 widerrufen? Diese Geräte werden abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>AclDialog</name>
    <message>
        <source>Add role…</source>
        <translation>Rolle hinzufügen…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Nobody is in this ACL: only the master key can read or change the object.</source>
        <translation>Niemand steht in dieser ACL: Nur der Master-Key kann das Objekt lesen oder ändern.</translation>
    </message>
</context>
<context>
    <name>AclModel</name>
    <message>
        <source>Public (*)</source>
        <translation>Öffentlich (*)</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>User %1 (%2)</source>
        <translation>Benutzer %1 (%2)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>BatchBodyPane</name>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Edit this query (where, order, paging, keys, include, count) with the query builder</source>
        <translation>Diese Abfrage (where, order, Paging, keys, include, count) im Abfrage-Editor bearbeiten</translation>
    </message>
    <message>
        <source>Query &amp;builder…</source>
        <translation>Abfrage-E&amp;ditor…</translation>
    </message>
    <message>
        <source>The body of the selected operation: a JSON object, or empty</source>
        <translation>Der Body der ausgewählten Operation: ein JSON-Objekt oder leer</translation>
    </message>
    <message>
        <source>Body of #%1: %2 %3</source>
        <translation>Body von #%1: %2 %3</translation>
    </message>
    <message>
        <source>The query builder can&apos;t open this body: %1</source>
        <translation>Der Abfrage-Editor kann diesen Body nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Edit query #%1</source>
        <translation>Abfrage #%1 bearbeiten</translation>
    </message>
    <message>
        <source>The body must be a JSON object: {&quot;field&quot;: value}</source>
        <translation>Der Body muss ein JSON-Objekt sein: {&quot;field&quot;: value}</translation>
    </message>
</context>
<context>
    <name>BatchCall</name>
    <message>
        <source>the batch reply has %1 items for %2 operations</source>
        <translation>die Batch-Antwort hat %1 Einträge für %2 Operationen</translation>
    </message>
    <message>
        <source>the batch reply item is neither success nor error</source>
        <translation>der Eintrag der Batch-Antwort ist weder Erfolg noch Fehler</translation>
    </message>
    <message>
        <source>Rolled back, nothing of this transaction was applied: %1</source>
        <translation>Zurückgerollt, nichts aus dieser Transaktion wurde übernommen: %1</translation>
    </message>
</context>
<context>
    <name>BatchComposer</name>
    <message>
        <source>&amp;Add operation…</source>
        <translation>Operation hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add an operation with a form: create, update, delete, query or a field operation</source>
        <translation>Eine Operation über ein Formular hinzufügen: Erstellen, Aktualisieren, Löschen, Abfrage oder Feldoperation</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected operations (Delete)</source>
        <translation>Die ausgewählten Operationen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected operation up</source>
        <translation>Die ausgewählte Operation nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected operation down</source>
        <translation>Die ausgewählte Operation nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a batch document (.json); the arrow lists the examples</source>
        <translation>Ein Batch-Dokument (.json) öffnen; der Pfeil listet die Beispiele auf</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>S&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the operations as a batch document (.json)</source>
        <translation>Die Operationen als Batch-Dokument (.json) speichern</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>No operations yet</source>
        <translation>Noch keine Operationen</translation>
    </message>
    <message>
        <source>A batch sends many operations in one request and answers each one on its own. Add an operation with the forms, or open a batch file (.json) – the examples show the shape.</source>
        <translation>Ein Batch sendet viele Operationen in einer Anfrage und beantwortet jede einzeln. Eine Operation über die Formulare hinzufügen oder eine Batch-Datei (.json) öffnen – die Beispiele zeigen den Aufbau.</translation>
    </message>
    <message>
        <source>Add an operation…</source>
        <translation>Operation hinzufügen…</translation>
    </message>
    <message>
        <source>Open a batch file…</source>
        <translation>Batch-Datei öffnen…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Double-click a method or path to edit it; the body is edited beside the table</source>
        <translation>Doppelklick auf eine Methode oder einen Pfad, um sie zu bearbeiten; der Body wird neben der Tabelle bearbeitet</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Transaction</source>
        <translation>&amp;Transaktion</translation>
    </message>
    <message>
        <source>All or nothing: the operations go as one batch, and if one fails none is applied (needs Postgres or a MongoDB replica set)</source>
        <translation>Alles oder nichts: Die Operationen gehen als ein Batch, und wenn eine fehlschlägt, wird keine übernommen (erfordert Postgres oder ein MongoDB-Replica-Set)</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Batch-&amp;Größe:</translation>
    </message>
    <message>
        <source>Operations per /batch request; larger batches are split into requests of this size</source>
        <translation>Operationen pro /batch-Anfrage; größere Batches werden in Anfragen dieser Größe aufgeteilt</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send nothing further; batches already on their way finish and are reported</source>
        <translation>Nichts weiter senden; bereits unterwegs befindliche Batches laufen zu Ende und werden gemeldet</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Create an object…</source>
        <translation>Objekt &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Update an object…</source>
        <translation>Objekt &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>&amp;Delete an object…</source>
        <translation>Objekt &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Query a class…</source>
        <translation>&amp;Klasse abfragen…</translation>
    </message>
    <message>
        <source>&amp;Field operation (Increment, Add, relations…)…</source>
        <translation>&amp;Feldoperation (Increment, Add, Relationen…)…</translation>
    </message>
    <message>
        <source>&amp;Blank operation</source>
        <translation>Lee&amp;re Operation</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>Als %1 kopieren</translation>
    </message>
    <message>
        <source>Copied as %1, with the keys.</source>
        <translation>Als %1 kopiert, mit den Schlüsseln.</translation>
    </message>
    <message>
        <source>Batch cancelled: %1 succeeded, %2 failed, %3 not sent.</source>
        <translation>Batch abgebrochen: %1 erfolgreich, %2 fehlgeschlagen, %3 nicht gesendet.</translation>
    </message>
    <message>
        <source>Batch finished: %1 succeeded, %2 failed.</source>
        <translation>Batch abgeschlossen: %1 erfolgreich, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sending %1 of %2 operations…</source>
        <translation>%1 von %2 Operationen werden gesendet…</translation>
    </message>
    <message>
        <source>Not connected: connect to a server to send.</source>
        <translation>Nicht verbunden: Zum Senden mit einem Server verbinden.</translation>
    </message>
    <message>
        <source>Add an operation or open a batch file to send.</source>
        <translation>Zum Senden eine Operation hinzufügen oder eine Batch-Datei öffnen.</translation>
    </message>
    <message>
        <source>The JSON tab has an error: %1</source>
        <translation>Der JSON-Reiter enthält einen Fehler: %1</translation>
    </message>
    <message>
        <source>Fix before sending: %1</source>
        <translation>Vor dem Senden beheben: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <source>%1 (more: %2)</source>
        <translation>%1 (weitere: %2)</translation>
    </message>
    <message>
        <source>Ready to send: operations: %1, all or nothing in one request.</source>
        <translation>Bereit zum Senden: Operationen: %1, alles oder nichts in einer Anfrage.</translation>
    </message>
    <message>
        <source>Ready to send: operations: %1, requests: %2 (up to %3 operations each).</source>
        <translation>Bereit zum Senden: Operationen: %1, Anfragen: %2 (je bis zu %3 Operationen).</translation>
    </message>
    <message>
        <source>&amp;Copy as curl</source>
        <translation>Als curl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the batch as a curl command; the arrow offers Lua for Roblox and JavaScript</source>
        <translation>Den Batch als curl-Befehl kopieren; der Pfeil bietet Lua für Roblox und JavaScript an</translation>
    </message>
    <message>
        <source>%1: sending %2 operations.</source>
        <translation>%1: %2 Operationen werden gesendet.</translation>
    </message>
    <message>
        <source>This production connection is read-only until writes are unlocked; only GET operations can be sent.</source>
        <translation>Diese Produktivverbindung ist schreibgeschützt, bis das Schreiben entsperrt wird; nur GET-Operationen können gesendet werden.</translation>
    </message>
    <message>
        <source>Send s&amp;elected</source>
        <translation>&amp;Auswahl senden</translation>
    </message>
    <message>
        <source>Send only the operations selected in the table</source>
        <translation>Nur die in der Tabelle ausgewählten Operationen senden</translation>
    </message>
    <message>
        <source>Include the keys (instead of placeholders)</source>
        <translation>Schlüssel einfügen (statt Platzhaltern)</translation>
    </message>
    <message>
        <source>Copied as %1; put the real keys in place of %2 before running it.</source>
        <translation>Als %1 kopiert; setzen Sie vor dem Ausführen die echten Schlüssel anstelle von %2 ein.</translation>
    </message>
    <message>
        <source>Copied as %1; it holds no keys.</source>
        <translation>Als %1 kopiert; es enthält keine Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome: use Check on server.</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis: „Auf dem Server prüfen“ verwenden.</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis: „Auf dem Server prüfen“ verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the operations to the server (%1)</source>
        <translation>Die Operationen an den Server senden (%1)</translation>
    </message>
</context>
<context>
    <name>BatchDocument</name>
    <message>
        <source>Not valid JSON at %1</source>
        <translation>Kein gültiges JSON bei %1</translation>
    </message>
    <message>
        <source>The document needs a &quot;requests&quot; array: {&quot;requests&quot;:[{&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/classes/Room&quot;,&quot;body&quot;:{...}}]}</source>
        <translation>Das Dokument braucht ein Array &quot;requests&quot;: {&quot;requests&quot;:[{&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/classes/Room&quot;,&quot;body&quot;:{...}}]}</translation>
    </message>
    <message>
        <source>&quot;transaction&quot; must be true or false</source>
        <translation>&quot;transaction&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>requests[%1] must be an object with method, path and body</source>
        <translation>requests[%1] muss ein Objekt mit method, path und body sein</translation>
    </message>
    <message>
        <source>requests[%1] needs &quot;method&quot; and &quot;path&quot; strings</source>
        <translation>requests[%1] braucht die Strings &quot;method&quot; und &quot;path&quot;</translation>
    </message>
    <message>
        <source>#%1 method: &quot;%2&quot; is not GET, POST, PUT or DELETE</source>
        <translation>#%1 method: &quot;%2&quot; ist nicht GET, POST, PUT oder DELETE</translation>
    </message>
    <message>
        <source>#%1 body: must be a JSON object</source>
        <translation>#%1 body: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>#%1 body: %2 needs a body object</source>
        <translation>#%1 body: %2 braucht ein body-Objekt</translation>
    </message>
    <message>
        <source>#%1 path: %2</source>
        <translation>#%1 path: %2</translation>
    </message>
</context>
<context>
    <name>BatchDocumentFile</name>
    <message>
        <source>Replace the operations?</source>
        <translation>Operationen ersetzen?</translation>
    </message>
    <message>
        <source>The composer holds unsaved operations (%1). Replace them?</source>
        <translation>Der Batch-Editor enthält ungespeicherte Operationen (%1). Ersetzen?</translation>
    </message>
    <message>
        <source>Open batch document</source>
        <translation>Batch-Dokument öffnen</translation>
    </message>
    <message>
        <source>Batch documents (*.json);;All files (*)</source>
        <translation>Batch-Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a batch document ParseDesk can read:
%2</source>
        <translation>%1 ist kein Batch-Dokument, das ParseDesk lesen kann:
%2</translation>
    </message>
    <message>
        <source>Opened %1 (operations: %2).</source>
        <translation>%1 geöffnet (Operationen: %2).</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Save batch document</source>
        <translation>Batch-Dokument speichern</translation>
    </message>
    <message>
        <source>Batch documents (*.json)</source>
        <translation>Batch-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>BatchDocumentPane</name>
    <message>
        <source>The whole batch document, as POST /batch takes it. Edits apply to the operations as soon as the text is valid; while it is not, the table keeps its operations.</source>
        <translation>Das ganze Batch-Dokument, wie POST /batch es erwartet. Änderungen gelten für die Operationen, sobald der Text gültig ist; solange er es nicht ist, behält die Tabelle ihre Operationen.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>#%1 path: the server has no class %2 (a POST would create it)</source>
        <translation>#%1 path: der Server hat keine Klasse %2 (ein POST würde sie anlegen)</translation>
    </message>
    <message>
        <source>#%1 body: %2 has no field &quot;%3&quot;%4</source>
        <translation>#%1 body: %2 hat kein Feld &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (Parse would add it)</source>
        <translation> (Parse würde es anlegen)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>objectId</source>
        <translation>objectId</translation>
    </message>
    <message>
        <source>createdAt / updatedAt</source>
        <translation>createdAt / updatedAt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>rows: %1, count: %2</source>
        <translation>Zeilen: %1, Anzahl: %2</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>failed (edited)</source>
        <translation>fehlgeschlagen (bearbeitet)</translation>
    </message>
    <message>
        <source>outcome unknown (edited)</source>
        <translation>Ergebnis unbekannt (bearbeitet)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>BatchPath</name>
    <message>
        <source>&quot;%1&quot; must start with /, e.g. /classes/Room</source>
        <translation>„%1“ muss mit / beginnen, z. B. /classes/Room</translation>
    </message>
    <message>
        <source>query parameters go in the body of a batch operation, not in the path</source>
        <translation>Abfrageparameter gehören in den Body einer Batch-Operation, nicht in den Pfad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (// or a / at the end)</source>
        <translation>„%1“ hat ein leeres Segment (// oder ein / am Ende)</translation>
    </message>
    <message>
        <source>segment %1 is not valid percent-encoding (%XX of UTF-8 bytes)</source>
        <translation>Segment %1 ist keine gültige Prozentkodierung (%XX aus UTF-8-Bytes)</translation>
    </message>
    <message>
        <source>segment %1 contains a control character</source>
        <translation>Segment %1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;%2&quot; segment, which the server would resolve to another path</source>
        <translation>„%1“ enthält ein Segment „%2“, das der Server zu einem anderen Pfad auflösen würde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with %2, which is not this server&apos;s mount (%3): write %4, and ParseDesk adds the mount</source>
        <translation>„%1“ beginnt mit %2, das ist nicht der Mount-Pfad dieses Servers (%3): %4 schreiben, ParseDesk ergänzt den Mount-Pfad selbst</translation>
    </message>
    <message>
        <source>it is mounted at /</source>
        <translation>sein Mount-Pfad ist /</translation>
    </message>
    <message>
        <source>a batch can&apos;t contain another batch</source>
        <translation>ein Batch kann keinen anderen Batch enthalten</translation>
    </message>
    <message>
        <source>files are not served in a batch; upload or read each file on its own</source>
        <translation>Dateien werden in einem Batch nicht verarbeitet; jede Datei einzeln hochladen oder lesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Parse Server route (e.g. /classes/Room, /users, /functions/name)</source>
        <translation>„%1“ ist keine Parse-Server-Route (z. B. /classes/Room, /users, /functions/name)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Parse Server route; use %2</source>
        <translation>„%1“ ist keine Parse-Server-Route; %2 verwenden</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 %2 is not a route; it takes %3</source>
        <translation>%1 %2 ist keine Route; zulässige Methoden: %3</translation>
    </message>
</context>
<context>
    <name>BatchResultsPane</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Failed only</source>
        <translation>Nur &amp;fehlgeschlagene</translation>
    </message>
    <message>
        <source>Show only the operations that failed, whose outcome is unknown, or that were not sent</source>
        <translation>Nur die Operationen anzeigen, die fehlgeschlagen sind, deren Ergebnis unbekannt ist oder die nicht gesendet wurden</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send again only the operations that failed or were not sent, edited ones included</source>
        <translation>Nur die fehlgeschlagenen oder nicht gesendeten Operationen erneut senden, bearbeitete eingeschlossen</translation>
    </message>
    <message>
        <source>C&amp;heck on server</source>
        <translation>Auf dem &amp;Server prüfen</translation>
    </message>
    <message>
        <source>Read back the objects that operations with an unknown outcome target, and settle what their state tells: applied, or not applied and safe to send again</source>
        <translation>Die Objekte zurücklesen, auf die Operationen mit unbekanntem Ergebnis zielen, und an ihrem Zustand ablesen, was geschehen ist: ausgeführt, oder nicht ausgeführt und sicher erneut zu senden</translation>
    </message>
    <message>
        <source>Re-run &amp;all</source>
        <translation>Alle erne&amp;ut senden</translation>
    </message>
    <message>
        <source>Send every operation again</source>
        <translation>Alle Operationen erneut senden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the results as CSV; the arrow offers JSON</source>
        <translation>Die Ergebnisse als CSV speichern; der Pfeil bietet JSON an</translation>
    </message>
    <message>
        <source>One row per operation: its outcome, and what the server answered</source>
        <translation>Eine Zeile pro Operation: ihr Ergebnis und die Antwort des Servers</translation>
    </message>
    <message>
        <source>Select a result to see the server&apos;s answer</source>
        <translation>Ein Ergebnis auswählen, um die Antwort des Servers zu sehen</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Ergebnisse als &amp;CSV…</translation>
    </message>
    <message>
        <source>Results as &amp;JSON…</source>
        <translation>Ergebnisse als &amp;JSON…</translation>
    </message>
    <message>
        <source>Could not read the objects back: %1</source>
        <translation>Die Objekte konnten nicht zurückgelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked on the server: %n still unknown.</source>
        <translation>
            <numerusform>Auf dem Server geprüft: %n weiterhin mit unbekanntem Ergebnis.</numerusform>
            <numerusform>Auf dem Server geprüft: %n weiterhin mit unbekanntem Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed operations</source>
        <translation>Fehlgeschlagene Operationen wiederholen</translation>
    </message>
    <message>
        <source>Operations with an unknown outcome: %1. The server may have applied them, and sending them again could apply them twice.</source>
        <translation>Operationen mit unbekanntem Ergebnis: %1. Der Server hat sie möglicherweise ausgeführt, und erneutes Senden könnte sie doppelt ausführen.</translation>
    </message>
    <message>
        <source>Send them too</source>
        <translation>Auch diese senden</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Diese überspringen</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Ergebnisse in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 outcome unknown</source>
        <translation>%1 mit unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 nicht gesendet</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>noch nichts gesendet</translation>
    </message>
    <message>
        <source>Select a result to see the server&apos;s answer.</source>
        <translation>Ein Ergebnis auswählen, um die Antwort des Servers zu sehen.</translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4</source>
        <translation>#%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Send the selected conflicting operations again without checking that their objects are unchanged: your values overwrite the server&apos;s</source>
        <translation>Die ausgewählten Operationen mit Konflikt erneut senden, ohne zu prüfen, ob ihre Objekte unverändert sind: Ihre Werte überschreiben die des Servers</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Drop the selected conflicting operations: the server&apos;s values stay</source>
        <translation>Die ausgewählten Operationen mit Konflikt verwerfen: die Werte des Servers bleiben</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Server jetzt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meiner</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n conflicting operation(s): the server&apos;s values stay.</source>
        <translation>
            <numerusform>%n Operation mit Konflikt verworfen: die Werte des Servers bleiben.</numerusform>
            <numerusform>%n Operationen mit Konflikt verworfen: die Werte des Servers bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 conflicts, not sent</source>
        <translation>%1 Konflikte, nicht gesendet</translation>
    </message>
    <message>
        <source>Server log around this</source>
        <translation>Server-Protokoll um diese Anfrage</translation>
    </message>
    <message>
        <source>This operation has not been sent since ParseDesk started.</source>
        <translation>Dieser Vorgang wurde seit dem Start von ParseDesk nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Nicht gesendet: Der Batch wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BatchSendConfirmation</name>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these operations succeeded already and would run again: a create makes another object, an increment counts twice, a delete fails.</source>
        <translation>
            <numerusform>%n dieser Operationen war bereits erfolgreich und würde erneut ausgeführt: Ein Anlegen erzeugt ein weiteres Objekt, ein Hochzählen zählt doppelt, ein Löschen schlägt fehl.</numerusform>
            <numerusform>%n dieser Operationen waren bereits erfolgreich und würden erneut ausgeführt: Ein Anlegen erzeugt ein weiteres Objekt, ein Hochzählen zählt doppelt, ein Löschen schlägt fehl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all %n</source>
        <translation>
            <numerusform>Die %n senden</numerusform>
            <numerusform>Alle %n senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send only the other %n</source>
        <translation>
            <numerusform>Nur die andere senden (%n)</numerusform>
            <numerusform>Nur die anderen %n senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete on production</source>
        <translation>Löschen auf dem Produktivserver</translation>
    </message>
    <message>
        <source>Delete objects</source>
        <translation>Objekte löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) delete objects of %1 on %2. The undo journal keeps a copy: View → Undo journal can re-create deleted objects.

Type %1 to send.</source>
        <translation>
            <numerusform>%n Operation löscht Objekte von %1 auf %2. Das Rückgängig-Journal behält eine Kopie: Ansicht → Rückgängig-Journal kann gelöschte Objekte wiederherstellen.

Geben Sie %1 ein, um zu senden.</numerusform>
            <numerusform>%n Operationen löschen Objekte von %1 auf %2. Das Rückgängig-Journal behält eine Kopie: Ansicht → Rückgängig-Journal kann gelöschte Objekte wiederherstellen.

Geben Sie %1 ein, um zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: &quot;%1&quot; is not &quot;%2&quot;.</source>
        <translation>Nichts wurde gesendet: „%1“ ist nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>No reply: the send was stopped.</source>
        <translation>Keine Antwort: Das Senden wurde gestoppt.</translation>
    </message>
    <message>
        <source>No reply: the send was stopped; the server may have applied this write.</source>
        <translation>Keine Antwort: Das Senden wurde gestoppt; der Server hat diesen Schreibvorgang möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>the reply was lost</source>
        <translation>die Antwort ging verloren</translation>
    </message>
    <message>
        <source>Not sent: the connection changed.</source>
        <translation>Nicht gesendet: Die Verbindung wurde gewechselt.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: its object could not be read to check that it is unchanged: %1</source>
        <translation>Nicht gesendet: Das Objekt konnte nicht gelesen werden, um zu prüfen, ob es unverändert ist: %1</translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Nicht gesendet: Der Batch wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: another operation of this all-or-nothing batch was held back.</source>
        <translation>Nicht gesendet: Eine andere Operation dieses Alles-oder-nichts-Batches wurde zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>BudgetMeter</name>
    <message>
        <source>Budget: %1/%2 in %3 s · %4 left · %5/min · %6 ops in %7 requests</source>
        <translation>Budget: %1/%2 in %3 s · %4 übrig · %5/min · %6 Operationen in %7 Anfragen</translation>
    </message>
    <message>
        <source> · waiting %1 s (%2 held)</source>
        <translation> · wartet %1 s (%2 zurückgehalten)</translation>
    </message>
    <message>
        <source>Requests of this connection are held back so the server or platform does not throttle them (counting %1).
%2</source>
        <translation>Anfragen dieser Verbindung werden zurückgehalten, damit Server oder Plattform sie nicht drosseln (gezählt werden %1).
%2</translation>
    </message>
    <message>
        <source>every operation, as Parse Server&apos;s rateLimit does</source>
        <translation>jede Operation, wie das rateLimit von Parse Server</translation>
    </message>
    <message>
        <source>HTTP requests: one /batch is one request</source>
        <translation>HTTP-Anfragen: ein /batch ist eine Anfrage</translation>
    </message>
</context>
<context>
    <name>BulkAclDialog</name>
    <message numerus="yes">
        <source>ACL of %n object(s) of %1</source>
        <translation>
            <numerusform>ACL von %n Objekt von %1</numerusform>
            <numerusform>ACL von %n Objekten von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACL of %n selected object(s)</source>
        <translation>
            <numerusform>ACL von %n ausgewähltem Objekt</numerusform>
            <numerusform>ACL von %n ausgewählten Objekten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACL of %n selected object(s); they have %1 different ACLs now, all get this one</source>
        <translation>
            <numerusform>ACL von %n ausgewähltem Objekt; es hat jetzt %1 verschiedene ACLs, alle erhalten diese</numerusform>
            <numerusform>ACL von %n ausgewählten Objekten; sie haben jetzt %1 verschiedene ACLs, alle erhalten diese</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the ACL to %n object(s) as one batch…</source>
        <translation>
            <numerusform>Die ACL wird an %n Objekt als ein Batch gesendet…</numerusform>
            <numerusform>Die ACL wird an %n Objekte als ein Batch gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n geschrieben</numerusform>
            <numerusform>%n geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on the server since loaded, not overwritten</source>
        <translation>
            <numerusform>%n seit dem Laden auf dem Server geändert, nicht überschrieben</numerusform>
            <numerusform>%n seit dem Laden auf dem Server geändert, nicht überschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Choose at least one field to set.</source>
        <translation>Wählen Sie mindestens ein Feld zum Setzen.</translation>
    </message>
    <message>
        <source>%1 is set by the server and cannot be written.</source>
        <translation>%1 wird vom Server gesetzt und kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a field.</source>
        <translation>Wählen Sie ein Feld.</translation>
    </message>
    <message>
        <source>The amount to add must be a number.</source>
        <translation>Der zu addierende Betrag muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Give the items as a JSON array, e.g. [&quot;a&quot;, 2].</source>
        <translation>Geben Sie die Elemente als JSON-Array an, z. B. [&quot;a&quot;, 2].</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s): </source>
        <translation>
            <numerusform>%n Objekt: </numerusform>
            <numerusform>%n Objekte: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch request(s)</source>
        <translation>
            <numerusform>%n Batch-Anfrage</numerusform>
            <numerusform>%n Batch-Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n read(s)</source>
        <translation>
            <numerusform> und %n Lesezugriff</numerusform>
            <numerusform> und %n Lesezugriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>, no request budget: as fast as the server answers.</source>
        <translation>, kein Anfragebudget: so schnell, wie der Server antwortet.</translation>
    </message>
    <message>
        <source>, within the budget %1.</source>
        <translation>, innerhalb des Budgets %1.</translation>
    </message>
    <message numerus="yes">
        <source>, about %n second(s) of waiting under the budget %1.</source>
        <translation>
            <numerusform>, etwa %n Sekunde Wartezeit unter dem Budget %1.</numerusform>
            <numerusform>, etwa %n Sekunden Wartezeit unter dem Budget %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit many objects of %1</source>
        <translation>Viele Objekte von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Set fields to values</source>
        <translation>Felder auf Werte setzen</translation>
    </message>
    <message>
        <source>Unset a field</source>
        <translation>Ein Feld entfernen</translation>
    </message>
    <message>
        <source>Increment a number</source>
        <translation>Eine Zahl erhöhen</translation>
    </message>
    <message>
        <source>Add items to an array</source>
        <translation>Elemente zu einem Array hinzufügen</translation>
    </message>
    <message>
        <source>Add items not there yet</source>
        <translation>Noch fehlende Elemente hinzufügen</translation>
    </message>
    <message>
        <source>Remove items from an array</source>
        <translation>Elemente aus einem Array entfernen</translation>
    </message>
    <message>
        <source>Delete the objects</source>
        <translation>Die Objekte löschen</translation>
    </message>
    <message>
        <source>Duplicate the objects</source>
        <translation>Die Objekte duplizieren</translation>
    </message>
    <message>
        <source>Tick the fields to set and type their values.</source>
        <translation>Haken Sie die zu setzenden Felder an und geben Sie ihre Werte ein.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>Amount or items:</source>
        <translation>Betrag oder Elemente:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden anhalten</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>Could not read the objects: %1</source>
        <translation>Die Objekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each object is deleted; the undo journal keeps a copy.</source>
        <translation>Jedes Objekt wird gelöscht; das Rückgängig-Journal behält eine Kopie.</translation>
    </message>
    <message>
        <source>Each object is copied with its own fields (relations are not values and are not copied).</source>
        <translation>Jedes Objekt wird mit seinen eigenen Feldern kopiert (Relationen sind keine Werte und werden nicht kopiert).</translation>
    </message>
    <message>
        <source>a number, e.g. 1 or -2.5</source>
        <translation>eine Zahl, z. B. 1 oder -2.5</translation>
    </message>
    <message>
        <source>JSON items, e.g. &quot;a&quot;, 2</source>
        <translation>JSON-Elemente, z. B. &quot;a&quot;, 2</translation>
    </message>
    <message>
        <source>Preview to see how many objects change, the first operations and the requests it takes; then send.</source>
        <translation>Zeigen Sie die Vorschau an: wie viele Objekte sich ändern, die ersten Operationen und die nötigen Anfragen; dann senden.</translation>
    </message>
    <message>
        <source>Counting the matching objects…</source>
        <translation>Die passenden Objekte werden gezählt…</translation>
    </message>
    <message>
        <source>An object changed on the server since it was loaded is a conflict and is not overwritten.</source>
        <translation>Ein Objekt, das seit dem Laden auf dem Server geändert wurde, ist ein Konflikt und wird nicht überschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n operation(s):</source>
        <translation>
            <numerusform>Die erste Operation:</numerusform>
            <numerusform>Die ersten %n Operationen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this change to %n object(s) of %1?</source>
        <translation>
            <numerusform>Diese Änderung an %n Objekt von %1 senden?</numerusform>
            <numerusform>Diese Änderung an %n Objekte von %1 senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change objects on a production server</source>
        <translation>Objekte auf einem Produktionsserver ändern</translation>
    </message>
    <message>
        <source>Type the class name (%1) to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Klassennamen (%1) ein:</translation>
    </message>
    <message>
        <source>Delete objects</source>
        <translation>Objekte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.</source>
        <translation>
            <numerusform>%n Objekt von %1 vom Server löschen? Eine Kopie bleibt im Rückgängig-Journal.</numerusform>
            <numerusform>%n Objekte von %1 vom Server löschen? Eine Kopie bleibt im Rückgängig-Journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n object(s) written stay written; the rest were not sent. Every object reached is listed below.</source>
        <translation>
            <numerusform>Angehalten: %n geschriebenes Objekt bleibt geschrieben; der Rest wurde nicht gesendet. Jedes erreichte Objekt steht unten.</numerusform>
            <numerusform>Angehalten: %n geschriebene Objekte bleiben geschrieben; der Rest wurde nicht gesendet. Jedes erreichte Objekt steht unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) written.</source>
        <translation>
            <numerusform>Fertig: %n Objekt geschrieben.</numerusform>
            <numerusform>Fertig: %n Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on the server since loaded and were not overwritten (conflicts).</source>
        <translation>
            <numerusform>%n seit dem Laden auf dem Server geändert und nicht überschrieben (Konflikt).</numerusform>
            <numerusform>%n seit dem Laden auf dem Server geändert und nicht überschrieben (Konflikte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the objects stopped: %1</source>
        <translation>Das Lesen der Objekte brach ab: %1</translation>
    </message>
    <message>
        <source>This connection is read-only: nothing can be written.</source>
        <translation>Diese Verbindung ist schreibgeschützt: es kann nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Keine Zeilen ausgewählt.</translation>
    </message>
</context>
<context>
    <name>BulkEditRun</name>
    <message>
        <source>the server answered the same page of %1 again (it ignores the query&apos;s where)</source>
        <translation>der Server hat dieselbe Seite von %1 noch einmal geliefert (er ignoriert das where der Abfrage)</translation>
    </message>
</context>
<context>
    <name>ClassBrowser</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Right-click a class to count its objects exactly or to reload the list</source>
        <translation>Rechtsklick auf eine Klasse, um ihre Objekte exakt zu zählen oder die Liste neu zu laden</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Choose or add a connection</source>
        <translation>Verbindung auswählen oder hinzufügen</translation>
    </message>
    <message>
        <source>Pick a saved connection in the toolbar and press Connect, or add a new one under Connections…</source>
        <translation>Eine gespeicherte Verbindung in der Werkzeugleiste wählen und „Verbinden“ drücken oder eine neue hinzufügen unter Verbindungen…</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>Noch keine Verbindung</translation>
    </message>
    <message>
        <source>ParseDesk talks to a Parse Server through a saved connection: its URL, application id and keys. Add one to browse its classes.</source>
        <translation>ParseDesk spricht über eine gespeicherte Verbindung mit einem Parse Server: deren URL, Anwendungs-ID und Schlüssel. Eine Verbindung hinzufügen, um die Klassen des Servers zu durchsuchen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading the connection&apos;s keys.</source>
        <translation>Die Schlüssel der Verbindung werden gelesen.</translation>
    </message>
    <message>
        <source>Loading classes…</source>
        <translation>Klassen werden geladen…</translation>
    </message>
    <message>
        <source>Asking the server for its schemas.</source>
        <translation>Der Server wird nach seinen Schemas gefragt.</translation>
    </message>
    <message>
        <source>The class list is not available</source>
        <translation>Die Klassenliste ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Fields of %1</source>
        <translation>Felder von %1</translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation>Exakt zählen</translation>
    </message>
    <message>
        <source>Count every object of this class instead of using the database&apos;s estimate</source>
        <translation>Alle Objekte dieser Klasse zählen, statt die Schätzung der Datenbank zu verwenden</translation>
    </message>
    <message>
        <source>Reload classes</source>
        <translation>Klassen neu laden</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Add a field to this class (needs the master key)</source>
        <translation>Dieser Klasse ein Feld hinzufügen (erfordert den Master-Schlüssel)</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Feld hinzufügen…</translation>
    </message>
    <message>
        <source>Delete the selected field and its values from every object</source>
        <translation>Das ausgewählte Feld und seine Werte aus allen Objekten löschen</translation>
    </message>
    <message>
        <source>Delete field…</source>
        <translation>Feld löschen…</translation>
    </message>
    <message>
        <source>Create a class</source>
        <translation>Eine Klasse anlegen</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>Neue Klasse…</translation>
    </message>
    <message>
        <source>Delete this class; it must have no objects</source>
        <translation>Diese Klasse löschen; sie darf keine Objekte haben</translation>
    </message>
    <message>
        <source>Delete class…</source>
        <translation>Klasse löschen…</translation>
    </message>
    <message>
        <source>Required fields, defaults, indexes and class-level permissions (read-only):</source>
        <translation>Pflichtfelder, Standardwerte, Indizes und Berechtigungen auf Klassenebene (schreibgeschützt):</translation>
    </message>
    <message>
        <source>Changing the schema (fields and classes) needs the master key, and so does reading it: add the master key to this connection. Objects can be browsed and edited with the REST key as far as their ACLs and the class-level permissions allow.</source>
        <translation>Das Ändern des Schemas (Felder und Klassen) erfordert den Master-Schlüssel, ebenso das Lesen: den Master-Schlüssel zu dieser Verbindung hinzufügen. Objekte lassen sich mit dem REST-Schlüssel durchsuchen und bearbeiten, soweit ihre ACLs und die Berechtigungen auf Klassenebene es erlauben.</translation>
    </message>
    <message>
        <source>This is a production server. Type the class name (%1) to confirm:</source>
        <translation>Dies ist ein Produktivserver. Zur Bestätigung den Klassennamen (%1) eingeben:</translation>
    </message>
    <message>
        <source>Schema not changed</source>
        <translation>Schema nicht geändert</translation>
    </message>
    <message>
        <source>Field %1 added to %2</source>
        <translation>Feld %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Delete a field</source>
        <translation>Feld löschen</translation>
    </message>
    <message>
        <source>Field %1 deleted from %2</source>
        <translation>Feld %1 aus %2 gelöscht</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Neue Klasse</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Klassenname:</translation>
    </message>
    <message>
        <source>Class %1 created</source>
        <translation>Klasse %1 angelegt</translation>
    </message>
    <message>
        <source>Delete a class</source>
        <translation>Klasse löschen</translation>
    </message>
    <message>
        <source>Class %1 deleted</source>
        <translation>Klasse %1 gelöscht</translation>
    </message>
    <message>
        <source>Class not deleted</source>
        <translation>Klasse nicht gelöscht</translation>
    </message>
    <message>
        <source>Delete the field %1 of %2 and its value in every object? The undo journal does not keep schema changes.</source>
        <translation>Das Feld %1 von %2 und seinen Wert in allen Objekten löschen? Das Rückgängig-Journal speichert keine Schemaänderungen.</translation>
    </message>
    <message>
        <source>Delete the class %1 and every one of its objects? The undo journal does not keep schema changes.</source>
        <translation>Die Klasse %1 und alle ihre Objekte löschen? Das Rückgängig-Journal speichert keine Schemaänderungen.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Users &amp;&amp; roles</source>
        <translation>Benutzer &amp;&amp; Rollen</translation>
    </message>
    <message>
        <source>Give the selected rows one ACL, sent as one batch with each row&apos;s outcome</source>
        <translation>Den ausgewählten Zeilen eine ACL geben, als ein Batch gesendet, mit dem Ergebnis jeder Zeile</translation>
    </message>
    <message>
        <source>ACL of selected rows…</source>
        <translation>ACL der ausgewählten Zeilen…</translation>
    </message>
    <message>
        <source>ACL of selected rows</source>
        <translation>ACL der ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>Select the rows whose ACL to change first.</source>
        <translation>Wählen Sie zuerst die Zeilen, deren ACL Sie ändern wollen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Save or discard the %n changed cell(s) first.</source>
        <translation>
            <numerusform>Zuerst die %n geänderte Zelle speichern oder verwerfen.</numerusform>
            <numerusform>Zuerst die %n geänderten Zellen speichern oder verwerfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassIndex</name>
    <message>
        <source>&apos;%1&apos; lists an empty field name</source>
        <translation>&apos;%1&apos; enthält einen leeren Feldnamen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names the field &apos;%2&apos; twice</source>
        <translation>&apos;%1&apos; nennt das Feld &apos;%2&apos; zweimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a name Parse keeps for its own indexes</source>
        <translation>&apos;%1&apos; ist ein Name, den Parse für eigene Indizes verwendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an index name: letters, digits and _, starting with a letter</source>
        <translation>&apos;%1&apos; ist kein Indexname: Buchstaben, Ziffern und _, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than 63 characters, which PostgreSQL cuts</source>
        <translation>&apos;%1&apos; ist länger als 63 Zeichen, PostgreSQL kürzt es</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>The class list comes from /schemas, which needs the master key, and the server refused it. Check the master key and that this address is in the server&apos;s masterKeyIps.
%1</source>
        <translation>Die Klassenliste kommt von /schemas, das den Master-Schlüssel braucht, und der Server hat ihn abgelehnt. Den Master-Schlüssel prüfen und ob diese Adresse in masterKeyIps des Servers steht.
%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Estimate from the database&apos;s statistics. Use &quot;Count exactly&quot; for the exact number.</source>
        <translation>Schätzung aus den Statistiken der Datenbank. „Exakt zählen“ liefert die genaue Anzahl.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
</context>
<context>
    <name>ClassPermissions</name>
    <message>
        <source>use *, requiresAuthentication, role:NAME or a user&apos;s objectId</source>
        <translation>verwenden Sie *, requiresAuthentication, role:NAME oder die objectId eines Benutzers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object of principals</source>
        <translation>&apos;%1&apos; muss ein Objekt aus Berechtigten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of field names</source>
        <translation>&apos;%1&apos; muss eine Liste von Feldnamen sein</translation>
    </message>
    <message>
        <source>&apos;authenticated&apos; is protectedFields&apos; principal; operations use requiresAuthentication</source>
        <translation>&apos;authenticated&apos; gilt nur für protectedFields; Operationen verwenden requiresAuthentication</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a principal: %2</source>
        <translation>&apos;%1&apos; ist kein Berechtigter: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (leave a principal out to deny it)</source>
        <translation>&apos;%1&apos; muss true sein (einen Berechtigten weglassen, um ihm den Zugriff zu verweigern)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object: principal -&gt; fields</source>
        <translation>&apos;%1&apos; muss ein Objekt sein: Berechtigter -&gt; Felder</translation>
    </message>
    <message>
        <source>protectedFields names logged-in users &apos;authenticated&apos;</source>
        <translation>protectedFields nennt angemeldete Benutzer &apos;authenticated&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protectedFields principal: use *, authenticated, role:NAME, userField:FIELD or a user&apos;s objectId</source>
        <translation>&apos;%1&apos; ist kein Berechtigter für protectedFields: verwenden Sie *, authenticated, role:NAME, userField:FELD oder die objectId eines Benutzers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object: principal -&gt; {&quot;read&quot;: bool, &quot;write&quot;: bool}</source>
        <translation>&apos;%1&apos; muss ein Objekt sein: Berechtigter -&gt; {&quot;read&quot;: bool, &quot;write&quot;: bool}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be {&quot;read&quot;: true|false, &quot;write&quot;: true|false}</source>
        <translation>&apos;%1&apos; muss {&quot;read&quot;: true|false, &quot;write&quot;: true|false} sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class-level permission: use %2, %3, %4 or %5</source>
        <translation>&apos;%1&apos; ist keine Klassenberechtigung: verwenden Sie %2, %3, %4 oder %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Pointer to _User or an Array field of this class</source>
        <translation>&apos;%1&apos; ist kein Pointer auf _User und kein Array-Feld dieser Klasse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is Parse&apos;s own field and cannot be protected</source>
        <translation>&apos;%1&apos; ist ein Feld von Parse selbst und kann nicht geschützt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of this class</source>
        <translation>&apos;%1&apos; ist kein Feld dieser Klasse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>CloudCallModel</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>Started; reading its status from _JobStatus…</source>
        <translation>Gestartet; Status wird aus _JobStatus gelesen…</translation>
    </message>
    <message>
        <source>Started, but its status could not be read: %1</source>
        <translation>Gestartet, aber der Status konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Running; checking its status every %1 s.</source>
        <translation>Läuft; Status wird alle %1 s geprüft.</translation>
    </message>
    <message>
        <source>Still running after %1 s; no longer checking.</source>
        <translation>Läuft nach %1 s noch; keine weitere Prüfung.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>… %1 — running</source>
        <translation>… %1 — läuft</translation>
    </message>
    <message>
        <source>✓ %1 — %2 ms</source>
        <translation>✓ %1 — %2 ms</translation>
    </message>
    <message>
        <source>✗ %1 — job failed</source>
        <translation>✗ %1 — Job fehlgeschlagen</translation>
    </message>
    <message>
        <source>✗ %1 — error %2</source>
        <translation>✗ %1 — Fehler %2</translation>
    </message>
    <message>
        <source>✗ %1 — failed</source>
        <translation>✗ %1 — fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sent form-urlencoded</source>
        <translation>Als form-urlencoded gesendet</translation>
    </message>
    <message>
        <source>With the master key</source>
        <translation>Mit dem Master-Schlüssel</translation>
    </message>
    <message>
        <source>As a user (session token)</source>
        <translation>Als Benutzer (Session-Token)</translation>
    </message>
    <message>
        <source>No reply before ParseDesk closed: the server may have run it.</source>
        <translation>Keine Antwort, bevor ParseDesk geschlossen wurde: Der Server hat den Aufruf womöglich ausgeführt.</translation>
    </message>
    <message>
        <source>Started; its status was no longer checked after ParseDesk closed.</source>
        <translation>Gestartet; nach dem Schließen von ParseDesk wurde der Status nicht mehr geprüft.</translation>
    </message>
</context>
<context>
    <name>CloudConsole</name>
    <message>
        <source>Call a Cloud Code function (POST /functions/NAME), or start a background job (POST /jobs/NAME)</source>
        <translation>Eine Cloud-Code-Funktion aufrufen (POST /functions/NAME) oder einen Hintergrund-Job starten (POST /jobs/NAME)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>The name it was defined with in Cloud Code; names used before are offered as you type</source>
        <translation>Der Name, unter dem sie im Cloud Code definiert ist; bereits verwendete Namen werden beim Tippen vorgeschlagen</translation>
    </message>
    <message>
        <source>Send the call (also: Enter in the name, Ctrl+Enter in the parameters)</source>
        <translation>Den Aufruf senden (auch: Eingabe im Namen, Strg+Eingabe in den Parametern)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Use &amp;master key</source>
        <translation>&amp;Master-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Send the parameters as application/x-www-form-urlencoded fields, as some older clients do, instead of JSON</source>
        <translation>Die Parameter als application/x-www-form-urlencoded-Felder statt als JSON senden, wie es manche ältere Clients tun</translation>
    </message>
    <message>
        <source>Send as &amp;form-urlencoded</source>
        <translation>Als &amp;form-urlencoded senden</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Als Ben&amp;utzer ausführen:</translation>
    </message>
    <message>
        <source>A user&apos;s session token (r:…): the call runs as that user, with request.user set. Kept for this session only</source>
        <translation>Das Session-Token eines Benutzers (r:…): Der Aufruf läuft als dieser Benutzer, mit gesetztem request.user. Wird nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>session token, empty for none</source>
        <translation>Session-Token, leer für keines</translation>
    </message>
    <message>
        <source>&amp;Parameters (a JSON object)</source>
        <translation>&amp;Parameter (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>{&quot;name&quot;: &quot;value&quot;}; empty sends no parameters</source>
        <translation>{&quot;name&quot;: &quot;value&quot;}; leer sendet keine Parameter</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Run the selected call again, as it was sent (also: double-click it)</source>
        <translation>Den ausgewählten Aufruf erneut ausführen, so wie er gesendet wurde (auch: Doppelklick darauf)</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>Forget the calls of this session</source>
        <translation>Die Aufrufe dieser Sitzung vergessen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The result of the selected call shows here.</source>
        <translation>Hier erscheint das Ergebnis des ausgewählten Aufrufs.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>This connection has no master key; add it under Connections…</source>
        <translation>Diese Verbindung hat keinen Master-Schlüssel; hinzufügen unter Verbindungen…</translation>
    </message>
    <message>
        <source>Jobs always run with the master key</source>
        <translation>Jobs laufen immer mit dem Master-Schlüssel</translation>
    </message>
    <message>
        <source>Send the profile&apos;s master key, which bypasses ACLs and class permissions; unticked, the call goes without it</source>
        <translation>Den Master-Schlüssel des Profils senden, der ACLs und Klassenberechtigungen umgeht; ohne Häkchen geht der Aufruf ohne ihn</translation>
    </message>
    <message>
        <source>job name, e.g. countRooms</source>
        <translation>Job-Name, z. B. countRooms</translation>
    </message>
    <message>
        <source>Not connected: connect to a server first.</source>
        <translation>Nicht verbunden: Zuerst mit einem Server verbinden.</translation>
    </message>
    <message>
        <source>Enter the name of the job to start.</source>
        <translation>Den Namen des zu startenden Jobs eingeben.</translation>
    </message>
    <message>
        <source>Enter the name of the function to call.</source>
        <translation>Den Namen der aufzurufenden Funktion eingeben.</translation>
    </message>
    <message>
        <source>No call yet: enter a function name and its parameters, then press Run.</source>
        <translation>Noch kein Aufruf: Einen Funktionsnamen und die Parameter eingeben, dann „Ausführen“ drücken.</translation>
    </message>
    <message>
        <source>Not connected: connect to a server to call its Cloud Code.</source>
        <translation>Nicht verbunden: Mit einem Server verbinden, um seinen Cloud Code aufzurufen.</translation>
    </message>
    <message>
        <source>Starting job %1…</source>
        <translation>Job %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>✗ %1 failed after %2 ms. %3</source>
        <translation>✗ %1 nach %2 ms fehlgeschlagen. %3</translation>
    </message>
    <message>
        <source>Job %1 started (%2 ms).</source>
        <translation>Job %1 gestartet (%2 ms).</translation>
    </message>
    <message>
        <source>✓ %1 returned in %2 ms.</source>
        <translation>✓ %1 hat nach %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>Status: %1 (status id %2)</source>
        <translation>Status: %1 (Status-ID %2)</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>A job&apos;s progress is kept in _JobStatus, read here with the master key; Parse Server has no /jobs/status route.</source>
        <translation>Der Fortschritt eines Jobs steht in _JobStatus und wird hier mit dem Master-Schlüssel gelesen; Parse Server hat keine Route /jobs/status.</translation>
    </message>
    <message>
        <source>function name, e.g. echo</source>
        <translation>Funktionsname, z. B. echo</translation>
    </message>
    <message>
        <source>Cloud functions and jobs may write, so they count as writes: unlock writes on this production connection to run them.</source>
        <translation>Cloud-Funktionen und Jobs können schreiben und zählen daher als Schreibvorgänge: Schreiben auf dieser Produktivverbindung entsperren, um sie auszuführen.</translation>
    </message>
    <message>
        <source>Invalid JSON in the parameters at %1 — not run.</source>
        <translation>Ungültiges JSON in den Parametern bei %1 — nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The parameters must be a JSON object, {…}: Parse passes them by name. Not run.</source>
        <translation>Die Parameter müssen ein JSON-Objekt sein, {…}: Parse übergibt sie per Name. Nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Server log around this</source>
        <translation>Server-Protokoll um diese Anfrage</translation>
    </message>
</context>
<context>
    <name>ClpConflictDialog</name>
    <message>
        <source>The permissions of %1 changed on the server</source>
        <translation>Die Berechtigungen von %1 wurden auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed the class-level permissions of %1 since you loaded them. Nothing was saved. Compare the three versions, then take the server&apos;s (your changes are dropped), overwrite it with yours, or go back to editing.</source>
        <translation>Jemand hat die Klassenberechtigungen von %1 geändert, seit Sie sie geladen haben. Es wurde nichts gespeichert. Vergleichen Sie die drei Fassungen und übernehmen Sie dann die des Servers (Ihre Änderungen werden verworfen), überschreiben Sie sie mit Ihrer, oder bearbeiten Sie weiter.</translation>
    </message>
    <message>
        <source>When you loaded them</source>
        <translation>Beim Laden</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Die des Servers übernehmen</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ClpReviewDialog</name>
    <message>
        <source>Save the permissions of %1</source>
        <translation>Berechtigungen von %1 speichern</translation>
    </message>
    <message>
        <source>What changes (operation or list, principal: before -&gt; after):</source>
        <translation>Was sich ändert (Operation oder Liste, Berechtigter: vorher -&gt; nachher):</translation>
    </message>
    <message>
        <source>The request, exactly as it is sent. The server replaces the whole CLP with it; the undo journal keeps the one it replaces.</source>
        <translation>Die Anfrage, genau so, wie sie gesendet wird. Der Server ersetzt damit die gesamten Klassenberechtigungen; das Rückgängig-Journal behält die ersetzten.</translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <source>a %1 value</source>
        <translation>einen %1-Wert</translation>
    </message>
    <message>
        <source>the field operation %1</source>
        <translation>die Feldoperation %1</translation>
    </message>
    <message>
        <source>Operation #%1 (%2 %3) has no Parse JS SDK equivalent here; copy it as fetch instead.</source>
        <translation>Operation #%1 (%2 %3) hat hier keine Entsprechung im Parse JS SDK; stattdessen als fetch kopieren.</translation>
    </message>
    <message>
        <source>Operation #%1 uses %2, which has no Parse JS SDK equivalent here; copy it as fetch instead.</source>
        <translation>Operation #%1 verwendet %2, wofür es hier keine Entsprechung im Parse JS SDK gibt; stattdessen als fetch kopieren.</translation>
    </message>
    <message>
        <source>The SDK makes a transaction of saves or of deletes, not of a mix with other operations; copy the batch as fetch instead.</source>
        <translation>Das SDK bildet eine Transaktion nur aus Speicher- oder aus Löschvorgängen, nicht aus einer Mischung mit anderen Operationen; den Batch stattdessen als fetch kopieren.</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Lua (Roblox HttpService)</source>
        <translation>Lua (Roblox HttpService)</translation>
    </message>
    <message>
        <source>JavaScript (fetch)</source>
        <translation>JavaScript (fetch)</translation>
    </message>
    <message>
        <source>JavaScript (Parse SDK)</source>
        <translation>JavaScript (Parse SDK)</translation>
    </message>
    <message>
        <source>Fix the operations first: %1</source>
        <translation>Zuerst die Operationen korrigieren: %1</translation>
    </message>
</context>
<context>
    <name>ConfigConflictModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>%1 (master key only)</source>
        <translation>%1 (nur Master-Key)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Beim Laden</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <source>A parameter needs a name.</source>
        <translation>Ein Parameter braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a parameter named %1 already.</source>
        <translation>Es gibt bereits einen Parameter namens %1.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Master key only</source>
        <translation>Nur Master-Key</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictCheck</name>
    <message>
        <source>%1: not an ISO 8601 date such as 2026-12-07T12:00:00.000Z</source>
        <translation>%1: kein ISO-8601-Datum wie 2026-12-07T12:00:00.000Z</translation>
    </message>
    <message>
        <source>%1 %2 changed on the server at %3 (expected %4 or earlier); not sent.</source>
        <translation>%1 %2 wurde auf dem Server um %3 geändert (erwartet: %4 oder früher); nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved &amp;connections:</source>
        <translation>&amp;Gespeicherte Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Start a new connection</source>
        <translation>Neue Verbindung anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete this connection and its stored keys</source>
        <translation>Diese Verbindung und ihre gespeicherten Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>http://localhost:1337/parse</source>
        <translation>http://localhost:1337/parse</translation>
    </message>
    <message>
        <source>The address the server answers on, with its mount path (usually /parse)</source>
        <translation>Die Adresse, unter der der Server antwortet, mit Mount-Pfad (meist /parse)</translation>
    </message>
    <message>
        <source>&amp;Application id:</source>
        <translation>&amp;Anwendungs-ID:</translation>
    </message>
    <message>
        <source>The appId of the server</source>
        <translation>Die appId des Servers</translation>
    </message>
    <message>
        <source>&amp;REST API key:</source>
        <translation>&amp;REST-API-Schlüssel:</translation>
    </message>
    <message>
        <source>Optional: only when the server sets one</source>
        <translation>Optional: nur wenn der Server einen festlegt</translation>
    </message>
    <message>
        <source>&amp;Client key:</source>
        <translation>&amp;Client-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Master key:</source>
        <translation>&amp;Master-Schlüssel:</translation>
    </message>
    <message>
        <source>Needed for the class list and the server version</source>
        <translation>Nötig für die Klassenliste und die Serverversion</translation>
    </message>
    <message>
        <source>Show &amp;keys</source>
        <translation>Schlüssel anz&amp;eigen</translation>
    </message>
    <message>
        <source>Use master key for &amp;data requests</source>
        <translation>Master-Schlüssel für &amp;Datenanfragen verwenden</translation>
    </message>
    <message>
        <source>Data requests then bypass ACLs and class-level permissions. The class list always uses the master key.</source>
        <translation>Datenanfragen umgehen dann ACLs und Berechtigungen auf Klassenebene. Die Klassenliste verwendet immer den Master-Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batch-Größe:</translation>
    </message>
    <message>
        <source>Operations per batch request. Parse Server has no limit by default; hosted Parse allowed 50.</source>
        <translation>Operationen pro Batch-Anfrage. Parse Server hat standardmäßig kein Limit; das gehostete Parse erlaubte 50.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>How long to wait for a reply before giving up</source>
        <translation>Wie lange auf eine Antwort gewartet wird, bevor aufgegeben wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Check the URL, the application id and the keys against the server</source>
        <translation>URL, Anwendungs-ID und Schlüssel beim Server prüfen</translation>
    </message>
    <message>
        <source>Keys kept for this session only: no keychain service answered, so they are not stored on disk. Start a keyring (GNOME Keyring, KWallet) to keep them.</source>
        <translation>Schlüssel bleiben nur für diese Sitzung erhalten: Kein Schlüsselbund-Dienst hat geantwortet, daher werden sie nicht auf der Festplatte gespeichert. Einen Schlüsselbund starten (GNOME Keyring, KWallet), um sie zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Store this connection; its keys go to the keychain</source>
        <translation>Diese Verbindung speichern; ihre Schlüssel kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Can&apos;t save yet: %1</source>
        <translation>Speichern noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>Save this connection and connect to it</source>
        <translation>Diese Verbindung speichern und verbinden</translation>
    </message>
    <message>
        <source>Can&apos;t connect yet: %1</source>
        <translation>Verbinden noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation>Zuerst die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and the keys stored for it? This can&apos;t be undone.</source>
        <translation>Die Verbindung „%1“ und die dafür gespeicherten Schlüssel löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Server version: %1</source>
        <translation>Serverversion: %1</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>Latenz: %1 ms</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>Anfrage-&amp;Budget:</translation>
    </message>
    <message>
        <source>e.g. 500/60s or 500/60s/ops</source>
        <translation>z. B. 500/60s oder 500/60s/ops</translation>
    </message>
    <message>
        <source>At most this many per window; requests over it wait in the queue instead of being throttled by the server. Empty for no budget.</source>
        <translation>Höchstens so viele pro Zeitfenster; Anfragen darüber warten in der Warteschlange, statt vom Server gedrosselt zu werden. Leer für kein Budget.</translation>
    </message>
    <message>
        <source>Empty for none. &quot;500/60s&quot; counts HTTP requests, as platform quotas do (a /batch is one); &quot;500/60s/ops&quot; counts operations, as Parse Server&apos;s rateLimit does (every batch sub-request).</source>
        <translation>Leer für keines. &quot;500/60s&quot; zählt HTTP-Anfragen wie Plattform-Kontingente (ein /batch ist eine); &quot;500/60s/ops&quot; zählt Operationen wie das rateLimit von Parse Server (jede Teilanfrage eines Batches).</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrauenswürdiges Zert&amp;ifikat:</translation>
    </message>
    <message>
        <source>empty: only certificates the system trusts</source>
        <translation>leer: nur Zertifikate, denen das System vertraut</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of one certificate to accept despite TLS errors, e.g. a self-signed one. &quot;Test connection&quot; offers it when it meets one.</source>
        <translation>Der SHA-256-Fingerabdruck eines Zertifikats, das trotz TLS-Fehlern akzeptiert wird, z. B. eines selbstsignierten. „Verbindung testen“ bietet ihn an, wenn es auf ein solches trifft.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>Diesem Zerti&amp;fikat vertrauen…</translation>
    </message>
    <message>
        <source>Accept the certificate the server just presented, by its fingerprint, for this profile only</source>
        <translation>Das soeben vom Server vorgelegte Zertifikat anhand seines Fingerabdrucks akzeptieren, nur für dieses Profil</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for &quot;%1&quot;?

%2

Only do this if it is the server&apos;s own certificate: compare the fingerprint with the one on the server (openssl x509 -noout -fingerprint -sha256 -in cert.pem). Any other certificate is still refused.</source>
        <translation>Dem Zertifikat mit diesem SHA-256-Fingerabdruck für „%1“ vertrauen?

%2

Nur dann, wenn es das eigene Zertifikat des Servers ist: den Fingerabdruck mit dem auf dem Server vergleichen (openssl x509 -noout -fingerprint -sha256 -in cert.pem). Jedes andere Zertifikat wird weiterhin abgelehnt.</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Production server (banner; read-only until writes are unlocked)</source>
        <translation>&amp;Produktivserver (Banner; schreibgeschützt, bis das Schreiben entsperrt wird)</translation>
    </message>
    <message>
        <source>Opens read-only: saves, deletes, batches with writes, schema changes and Cloud Code calls are refused until you unlock writes in the banner. Deletes ask for the class name.</source>
        <translation>Öffnet schreibgeschützt: Speichern, Löschen, Batches mit Schreibvorgängen, Schemaänderungen und Cloud-Code-Aufrufe werden abgelehnt, bis das Schreiben im Banner entsperrt wird. Beim Löschen wird nach dem Klassennamen gefragt.</translation>
    </message>
    <message>
        <source>&amp;Use the new address</source>
        <translation>Neue Adresse &amp;übernehmen</translation>
    </message>
    <message>
        <source>Put the address the server redirected to into Server URL; nothing was sent there</source>
        <translation>Die Adresse, auf die der Server umgeleitet hat, als Server-URL eintragen; dorthin wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Keys: this session only</source>
        <translation>Schlüssel: nur diese Sitzung</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Last request: —</source>
        <translation>Letzte Anfrage: —</translation>
    </message>
    <message>
        <source>Version: needs master key</source>
        <translation>Version: braucht Master-Schlüssel</translation>
    </message>
    <message>
        <source>The server version comes from /serverInfo, which needs the master key. Add it to the connection.</source>
        <translation>Die Serverversion kommt von /serverInfo, das den Master-Schlüssel braucht. Diesen zur Verbindung hinzufügen.</translation>
    </message>
    <message>
        <source>Version: asking…</source>
        <translation>Version: wird abgefragt…</translation>
    </message>
    <message>
        <source>Parse Server %1</source>
        <translation>Parse Server %1</translation>
    </message>
    <message>
        <source>Version reported by %1</source>
        <translation>Version gemeldet von %1</translation>
    </message>
    <message>
        <source>Version: unknown</source>
        <translation>Version: unbekannt</translation>
    </message>
    <message>
        <source>Last request: %1 ms</source>
        <translation>Letzte Anfrage: %1 ms</translation>
    </message>
    <message>
        <source>Keys are not written to disk; enter them again after a restart.</source>
        <translation>Schlüssel werden nicht auf die Festplatte geschrieben; nach einem Neustart erneut eingeben.</translation>
    </message>
    <message>
        <source>Keys are not written to disk; enter them again after a restart.
Keychain: %1</source>
        <translation>Schlüssel werden nicht auf die Festplatte geschrieben; nach einem Neustart erneut eingeben.
Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Reaching the server…</source>
        <translation>Server wird kontaktiert…</translation>
    </message>
    <message>
        <source>Server unreachable at %1: %2</source>
        <translation>Server unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Parse Server (%2). Check the mount path in the URL, e.g. /parse.</source>
        <translation>%1 hat geantwortet, aber nicht als Parse Server (%2). Den Mount-Pfad in der URL prüfen, z. B. /parse.</translation>
    </message>
    <message>
        <source>no health status</source>
        <translation>kein Health-Status</translation>
    </message>
    <message>
        <source>Checking the application id…</source>
        <translation>Anwendungs-ID wird geprüft…</translation>
    </message>
    <message>
        <source>The server does not know the application id &quot;%1&quot;. Check it against the server&apos;s appId.</source>
        <translation>Der Server kennt die Anwendungs-ID „%1“ nicht. Die ID mit der appId des Servers abgleichen.</translation>
    </message>
    <message>
        <source>Checking the keys…</source>
        <translation>Schlüssel werden geprüft…</translation>
    </message>
    <message>
        <source>The application id is right, but the server refused the REST API key or client key. Check the keys.</source>
        <translation>Die Anwendungs-ID stimmt, aber der Server hat den REST-API-Schlüssel oder den Client-Schlüssel abgelehnt. Die Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>The server refused the application id or the key; Parse Server does not say which.</source>
        <translation>Der Server hat die Anwendungs-ID oder den Schlüssel abgelehnt; Parse Server sagt nicht, welches von beiden.</translation>
    </message>
    <message>
        <source>Connected. Without a master key the class list and the server version are not available.</source>
        <translation>Verbunden. Ohne Master-Schlüssel sind die Klassenliste und die Serverversion nicht verfügbar.</translation>
    </message>
    <message>
        <source>Checking the master key…</source>
        <translation>Master-Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Connected to Parse Server %1 with the master key.</source>
        <translation>Mit Parse Server %1 verbunden, mit Master-Schlüssel.</translation>
    </message>
    <message>
        <source>The application id and key are right, but the server refused the master key from this address. Parse Server accepts it only from the addresses in its masterKeyIps option.</source>
        <translation>Anwendungs-ID und Schlüssel stimmen, aber der Server hat den Master-Schlüssel von dieser Adresse abgelehnt. Parse Server akzeptiert ihn nur von den Adressen in seiner Option masterKeyIps.</translation>
    </message>
    <message>
        <source>The application id and key are right, but the master key is wrong (%1).</source>
        <translation>Anwendungs-ID und Schlüssel stimmen, aber der Master-Schlüssel ist falsch (%1).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field is never closed</source>
        <translation>Zeile %1, Spalte %2: das Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (das ganze Feld in Anführungszeichen setzen und das Anführungszeichen verdoppeln)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (ISO 8601, e.g. 2025-06-01T12:34:56.789Z)</source>
        <translation>„%1“ ist kein Datum (ISO 8601, z. B. 2025-06-01T12:34:56.789Z)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2)</source>
        <translation>kein gültiger Wert vom Typ %1 (%2)</translation>
    </message>
    <message>
        <source>not a valid %1: %2</source>
        <translation>kein gültiger Wert vom Typ %1: %2</translation>
    </message>
    <message>
        <source>the integer %1 is beyond 2^53: Parse keeps numbers as doubles and would store %2. Import it into a String field (header name:String) to keep every digit</source>
        <translation>die Ganzzahl %1 liegt jenseits von 2^53: Parse speichert Zahlen als Double und würde %2 speichern. In ein String-Feld importieren (Kopfzeile name:String), um jede Ziffer zu behalten</translation>
    </message>
    <message>
        <source>%1 is not a finite number (Parse can&apos;t store NaN or Infinity)</source>
        <translation>%1 ist keine endliche Zahl (Parse kann NaN und Infinity nicht speichern)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone: write it with Z or an offset (+02:00), or choose the time zone the file&apos;s dates are in</source>
        <translation>„%1“ hat keine Zeitzone: mit Z oder einem Offset (+02:00) schreiben oder die Zeitzone wählen, in der die Datumsangaben der Datei stehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in %2 (the clocks were put forward)</source>
        <translation>„%1“ gibt es in %2 nicht (die Uhren wurden vorgestellt)</translation>
    </message>
</context>
<context>
    <name>DateValueEdit</name>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>at</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>A moment, or a time relative to when the server runs the query</source>
        <translation>Ein Zeitpunkt oder eine Zeit relativ zur Ausführung der Abfrage auf dem Server</translation>
    </message>
    <message>
        <source>Show and enter the time in UTC instead of local time; either way the query sends the same moment</source>
        <translation>Die Zeit in UTC statt in Ortszeit anzeigen und eingeben; die Abfrage sendet in beiden Fällen denselben Zeitpunkt</translation>
    </message>
    <message>
        <source>3 days ago, in 2 hours, now</source>
        <translation>3 days ago, in 2 hours, now</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>Required: every object must have a value</source>
        <translation>Pflichtfeld: Jedes Objekt muss einen Wert haben</translation>
    </message>
    <message>
        <source>Add a field to %1</source>
        <translation>Feld zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Objects created without a value get the default value, if ticked; a value that does not fit the type is explained at the cell.</source>
        <translation>Ohne Wert angelegte Objekte erhalten den Standardwert, wenn er angehakt ist; ein Wert, der nicht zum Typ passt, wird an der Zelle erklärt.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Target class:</source>
        <translation>Zielklasse:</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Choose the class a %1 points to.</source>
        <translation>Wählen Sie die Klasse, auf die ein %1 zeigt.</translation>
    </message>
</context>
<context>
    <name>FieldFormModel</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>a Boolean is true or false</source>
        <translation>ein Boolean ist true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2024-05-01T12:00:00Z</source>
        <translation>„%1“ ist kein Datum; im Format 2024-05-01T12:00:00Z schreiben</translation>
    </message>
    <message>
        <source>a Pointer is the objectId of a %1</source>
        <translation>ein Pointer ist die objectId eines %1-Objekts</translation>
    </message>
    <message>
        <source>a GeoPoint is written latitude, longitude (e.g. 52.52, 13.40)</source>
        <translation>ein GeoPoint wird als Breite, Länge geschrieben (z. B. 52.52, 13.40)</translation>
    </message>
    <message>
        <source>an Array is JSON, e.g. [&quot;a&quot;, 2] or &quot;a&quot;, 2</source>
        <translation>ein Array ist JSON, z. B. [&quot;a&quot;, 2] oder &quot;a&quot;, 2</translation>
    </message>
    <message>
        <source>a %1 is a JSON value, e.g. {&quot;key&quot;: 1}</source>
        <translation>ein %1 ist ein JSON-Wert, z. B. {&quot;key&quot;: 1}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FieldValueDelegate</name>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>objectId of a %1</source>
        <translation>objectId eines %1-Objekts</translation>
    </message>
    <message>
        <source>latitude, longitude</source>
        <translation>Breite, Länge</translation>
    </message>
    <message>
        <source>JSON items, e.g. &quot;a&quot;, 2</source>
        <translation>JSON-Elemente, z. B. &quot;a&quot;, 2</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Keep the file&apos;s objectIds (the server must allow custom object ids)</source>
        <translation>Die objectIds der Datei beibehalten (der Server muss eigene Objekt-IDs erlauben)</translation>
    </message>
    <message>
        <source>Import objects</source>
        <translation>Objekte importieren</translation>
    </message>
    <message>
        <source>A .json or .csv file, e.g. one exported by ParseDesk</source>
        <translation>Eine .json- oder .csv-Datei, z. B. eine von ParseDesk exportierte</translation>
    </message>
    <message>
        <source>An existing class, or a new name: the server creates the class</source>
        <translation>Eine vorhandene Klasse oder ein neuer Name: Der Server legt die Klasse an</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, and what is left out, show here.</source>
        <translation>Zeilen, die nicht importiert werden können, und was ausgelassen wird, erscheinen hier.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Into &amp;class:</source>
        <translation>In &amp;Klasse:</translation>
    </message>
    <message>
        <source>Import of %1 into %2</source>
        <translation>Import von %1 in %2</translation>
    </message>
    <message>
        <source>JSON or CSV (*.json *.csv);;All files (*)</source>
        <translation>JSON oder CSV (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import %1 objects</source>
        <translation>%1 Objekte importieren</translation>
    </message>
    <message>
        <source>Choose a file. JSON: an array of objects. CSV: a header of field names (field:Type keeps types, as ParseDesk&apos;s exports do).</source>
        <translation>Eine Datei wählen. JSON: ein Array von Objekten. CSV: eine Kopfzeile mit Feldnamen (field:Type behält die Typen bei, wie in den Exporten von ParseDesk).</translation>
    </message>
    <message>
        <source>Objects to create: %1. Rows left out: %2.</source>
        <translation>Zu erstellende Objekte: %1. Ausgelassene Zeilen: %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Refuse them (write dates with Z or an offset)</source>
        <translation>Ablehnen (Datumsangaben mit Z oder Offset schreiben)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>The time zone of dates in the file that don&apos;t name one, such as 2026-01-02 10:00; without one they are refused rather than guessed</source>
        <translation>Die Zeitzone für Datumsangaben der Datei, die keine eigene nennen, etwa 2026-01-02 10:00; ist keine gewählt, werden sie abgelehnt statt geraten</translation>
    </message>
    <message>
        <source>Dates without a &amp;time zone:</source>
        <translation>Datumsangaben ohne &amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>IndexDialog</name>
    <message>
        <source>New index of %1</source>
        <translation>Neuer Index von %1</translation>
    </message>
    <message>
        <source>Add ascending</source>
        <translation>Aufsteigend hinzufügen</translation>
    </message>
    <message>
        <source>Add descending</source>
        <translation>Absteigend hinzufügen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Fields of %1:</source>
        <translation>Felder von %1:</translation>
    </message>
    <message>
        <source>Indexed, in this order:</source>
        <translation>Indiziert, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>On PostgreSQL every column is ascending whatever is chosen here, and an index name is shared by all classes; on MongoDB directions are kept and names are per class.</source>
        <translation>Unter PostgreSQL ist jede Spalte aufsteigend, was hier auch gewählt wird, und ein Indexname gilt für alle Klassen; unter MongoDB bleiben die Richtungen erhalten und Namen gelten je Klasse.</translation>
    </message>
    <message>
        <source>%1 descending</source>
        <translation>%1 absteigend</translation>
    </message>
    <message>
        <source>%1 ascending</source>
        <translation>%1 aufsteigend</translation>
    </message>
    <message>
        <source>Add at least one field.</source>
        <translation>Fügen Sie mindestens ein Feld hinzu.</translation>
    </message>
</context>
<context>
    <name>IndexListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 descending</source>
        <translation>%1 absteigend</translation>
    </message>
    <message>
        <source>%1 ascending</source>
        <translation>%1 aufsteigend</translation>
    </message>
    <message>
        <source>%1 (Parse&apos;s own)</source>
        <translation>%1 (von Parse)</translation>
    </message>
    <message>
        <source>Parse Server keeps this index; it cannot be dropped here</source>
        <translation>Parse Server pflegt diesen Index; er kann hier nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>IndexManager</name>
    <message>
        <source>New index…</source>
        <translation>Neuer Index…</translation>
    </message>
    <message>
        <source>Drop index…</source>
        <translation>Index löschen…</translation>
    </message>
    <message>
        <source>Indexes not changed</source>
        <translation>Indizes nicht geändert</translation>
    </message>
    <message>
        <source>Reading and changing indexes needs the master key: add it to this connection.</source>
        <translation>Indizes zu lesen und zu ändern erfordert den Master-Key: Fügen Sie ihn dieser Verbindung hinzu.</translation>
    </message>
    <message>
        <source>This is a production connection and it is read-only: indexes are shown, not changed. Unlock writes to change them.</source>
        <translation>Dies ist eine Produktivverbindung und sie ist schreibgeschützt: Indizes werden angezeigt, nicht geändert. Heben Sie die Schreibsperre auf, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Index %1 created on %2</source>
        <translation>Index %1 auf %2 angelegt</translation>
    </message>
    <message>
        <source>Drop an index</source>
        <translation>Einen Index löschen</translation>
    </message>
    <message>
        <source>Drop the index %1 of %2? Queries that use it get slower; the undo journal does not keep indexes.</source>
        <translation>Den Index %1 von %2 löschen? Abfragen, die ihn nutzen, werden langsamer; das Rückgängig-Journal speichert keine Indizes.</translation>
    </message>
    <message>
        <source>Index %1 dropped from %2</source>
        <translation>Index %1 von %2 gelöscht</translation>
    </message>
    <message>
        <source>Indexes make queries that filter or sort on their fields fast. How the database keeps them differs: on PostgreSQL every column is ascending, keys are listed in the database&apos;s order, and an index name is shared by every class; on MongoDB directions and order are kept and names are per class. _id_ and other names starting with _ are Parse Server&apos;s own.</source>
        <translation>Indizes beschleunigen Abfragen, die nach ihren Feldern filtern oder sortieren. Wie die Datenbank sie führt, ist verschieden: Unter PostgreSQL ist jede Spalte aufsteigend, die Felder stehen in der Reihenfolge der Datenbank, und ein Indexname gilt für alle Klassen; unter MongoDB bleiben Richtungen und Reihenfolge erhalten und Namen gelten je Klasse. _id_ und andere Namen, die mit _ beginnen, gehören Parse Server.</translation>
    </message>
</context>
<context>
    <name>IndexSave</name>
    <message>
        <source>%1 has no field %2</source>
        <translation>%1 hat kein Feld %2</translation>
    </message>
    <message>
        <source>%1 is the name of an index of %2. On PostgreSQL index names are shared by every class, and the server would create nothing. Choose another name.</source>
        <translation>%1 ist der Name eines Index von %2. Unter PostgreSQL gelten Indexnamen für alle Klassen, und der Server würde nichts anlegen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is one of Parse&apos;s own indexes; it is not dropped</source>
        <translation>%1 ist einer der Indizes von Parse; er wird nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>JobRunModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s so far</source>
        <translation>bisher %1 s</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>JobScheduleDialog</name>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Zeitplan bearbeiten</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>no repeat</source>
        <translation>keine Wiederholung</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Start (local time):</source>
        <translation>&amp;Start (Ortszeit):</translation>
    </message>
    <message>
        <source>&amp;Repeat every:</source>
        <translation>&amp;Wiederholen alle:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Params:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>(%1 local time)</source>
        <translation>(%1 Ortszeit)</translation>
    </message>
    <message>
        <source>(none: from the start on)</source>
        <translation>(keine: ab dem Start)</translation>
    </message>
    <message>
        <source>The params must be a JSON object.</source>
        <translation>Die Parameter müssen ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>JobScheduleModel</name>
    <message numerus="yes">
        <source>every %n minute(s) from %1 UTC each day</source>
        <translation>
            <numerusform>jede Minute ab %1 UTC jeden Tag</numerusform>
            <numerusform>alle %n Minuten ab %1 UTC jeden Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>daily at %1 UTC</source>
        <translation>täglich um %1 UTC</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Nächste Läufe</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Ausgewählte &amp;löschen</translation>
    </message>
    <message>
        <source>Delete &amp;older than</source>
        <translation>Löschen, wenn älter &amp;als</translation>
    </message>
    <message>
        <source>Undo journal — %1</source>
        <translation>Rückgängig-Journal — %1</translation>
    </message>
    <message>
        <source>Undo journal</source>
        <translation>Rückgängig-Journal</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Entries that could not be read: %1</source>
        <translation>Einträge, die nicht gelesen werden konnten: %1</translation>
    </message>
    <message>
        <source>This production connection is read-only: unlock writes to undo.</source>
        <translation>Diese Produktivverbindung ist schreibgeschützt: Schreiben entsperren, um rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;? ParseDesk restores the changed fields, re-creates deleted objects and deletes created ones.</source>
        <translation>„%1“ rückgängig machen? ParseDesk stellt die geänderten Felder wieder her, erstellt gelöschte Objekte neu und löscht erstellte.</translation>
    </message>
    <message>
        <source>This entry was undone already; undoing it again writes the old values again.</source>
        <translation>Dieser Eintrag wurde bereits rückgängig gemacht; erneutes Rückgängigmachen schreibt die alten Werte noch einmal.</translation>
    </message>
    <message>
        <source>Undo on production</source>
        <translation>Rückgängig machen auf dem Produktivserver</translation>
    </message>
    <message>
        <source>This is a production server. Type %1 to confirm:</source>
        <translation>Dies ist ein Produktivserver. Zur Bestätigung %1 eingeben:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Delete journal entries</source>
        <translation>Journal-Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) from the journal? They can no longer be undone.</source>
        <translation>
            <numerusform>%n Eintrag aus dem Journal löschen? Er kann dann nicht mehr rückgängig gemacht werden.</numerusform>
            <numerusform>%n Einträge aus dem Journal löschen? Sie können dann nicht mehr rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries could not be deleted from %1.</source>
        <translation>Einige Einträge konnten nicht aus %1 gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>No entry is older than %n day(s).</source>
        <translation>
            <numerusform>Kein Eintrag ist älter als %n Tag.</numerusform>
            <numerusform>Kein Eintrag ist älter als %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) older than %1 days? They can no longer be undone.</source>
        <translation>
            <numerusform>%n Eintrag älter als %1 Tage löschen? Er kann dann nicht mehr rückgängig gemacht werden.</numerusform>
            <numerusform>%n Einträge älter als %1 Tage löschen? Sie können dann nicht mehr rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) older than %1 days deleted.</source>
        <translation>
            <numerusform>%n Eintrag älter als %1 Tage gelöscht.</numerusform>
            <numerusform>%n Einträge älter als %1 Tage gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) of this entry have an unknown outcome (the server&apos;s answer was lost): undo reads the objects as they are now and only reverses what did happen.</source>
        <translation>
            <numerusform>%n Schreibvorgang dieses Eintrags hat ein unbekanntes Ergebnis (die Antwort des Servers ging verloren): Das Rückgängigmachen liest die Objekte in ihrem jetzigen Zustand und macht nur rückgängig, was tatsächlich geschehen ist.</numerusform>
            <numerusform>%n Schreibvorgänge dieses Eintrags haben ein unbekanntes Ergebnis (die Antwort des Servers ging verloren): Das Rückgängigmachen liest die Objekte in ihrem jetzigen Zustand und macht nur rückgängig, was tatsächlich geschehen ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome unknown</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entry %1, %2, from %3</source>
        <translation>Eintrag %1, %2, von %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4%5</source>
        <translation>%1 %2 %3: %4%5</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>also set %1 (not kept in the journal: undo cannot restore it)</source>
        <translation>außerdem gesetzt: %1 (nicht im Journal gespeichert; das Rückgängigmachen kann den alten Wert nicht wiederherstellen)</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the integer %1 is beyond 64 bits and would be rounded. Write %2 to store the rounded number, or a string to keep every digit</source>
        <translation>die Ganzzahl %1 geht über 64 Bit hinaus und würde gerundet. Schreiben Sie %2, um die gerundete Zahl zu speichern, oder eine Zeichenkette, um jede Ziffer zu behalten</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Takes effect the next time ParseDesk starts</source>
        <translation>Wirkt beim nächsten Start von ParseDesk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>ParseDesk shows the new language once it starts again. Restart it now? Unsaved edits and unsent operations are asked about first.</source>
        <translation>ParseDesk zeigt die neue Sprache nach einem Neustart an. Jetzt neu starten? Bei ungespeicherten Änderungen und nicht gesendeten Operationen wird vorher nachgefragt.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <source>No live listings open</source>
        <translation>Keine Live-Listen geöffnet</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <source>&amp;New listing</source>
        <translation>&amp;Neue Liste</translation>
    </message>
    <message>
        <source>Open an empty live listing in a new tab</source>
        <translation>Eine leere Live-Liste in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>Open the game rooms by most visits in a new tab</source>
        <translation>Die Spielräume nach meisten Besuchen in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>A live listing keeps a query current: it asks the server again every few seconds, or has changes pushed by LiveQuery, and changes only the rows that changed. Open one for any class, or the Rooms preset: game rooms by most visits.</source>
        <translation>Eine Live-Liste hält eine Abfrage aktuell: Sie fragt den Server alle paar Sekunden erneut ab oder bekommt Änderungen per LiveQuery zugestellt und ändert nur die Zeilen, die sich geändert haben. Eine für eine beliebige Klasse öffnen oder die Räume-Vorlage: Spielräume nach meisten Besuchen.</translation>
    </message>
    <message>
        <source>Connect to a server to open live listings. The listings you leave open are kept for each connection and come back when you connect to it again.</source>
        <translation>Mit einem Server verbinden, um Live-Listen zu öffnen. Offen gelassene Listen werden pro Verbindung gespeichert und kommen beim erneuten Verbinden zurück.</translation>
    </message>
    <message>
        <source>New &amp;rooms listing</source>
        <translation>Neue &amp;Räume-Liste</translation>
    </message>
    <message>
        <source>New rooms listing</source>
        <translation>Neue Räume-Liste</translation>
    </message>
</context>
<context>
    <name>LiveListModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>LiveQuery</source>
        <translation>LiveQuery</translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>Polling alle %1 s</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (%2)</source>
        <translation>neue Verbindung in %1 s (%2)</translation>
    </message>
    <message>
        <source>LiveQuery unavailable: %1</source>
        <translation>LiveQuery nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>LiveListing</name>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <source>The class to list; type a name when the class list is not available</source>
        <translation>Die aufzulistende Klasse; einen Namen eingeben, wenn die Klassenliste nicht verfügbar ist</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Bedingung</translation>
    </message>
    <message>
        <source>Constraints as a JSON object, as in the REST API&apos;s where parameter; Enter applies them</source>
        <translation>Einschränkungen als JSON-Objekt, wie im where-Parameter der REST-API; Eingabe wendet sie an</translation>
    </message>
    <message>
        <source>{&quot;visits&quot;: {&quot;$gt&quot;: 100}}</source>
        <translation>{&quot;visits&quot;: {&quot;$gt&quot;: 100}}</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Sor&amp;tierung</translation>
    </message>
    <message>
        <source>Sort keys separated by commas; a leading minus sorts descending</source>
        <translation>Sortierschlüssel, durch Kommas getrennt; ein vorangestelltes Minus sortiert absteigend</translation>
    </message>
    <message>
        <source>-visits,roomName</source>
        <translation>-visits,roomName</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Limit</translation>
    </message>
    <message>
        <source>How many rows the listing keeps (the top N by the order)</source>
        <translation>Wie viele Zeilen die Liste behält (die ersten N nach der Sortierung)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>Fields to fetch, separated by commas; empty fetches them all</source>
        <translation>Abzurufende Felder, durch Kommas getrennt; leer ruft alle ab</translation>
    </message>
    <message>
        <source>all fields</source>
        <translation>alle Felder</translation>
    </message>
    <message>
        <source>Start or pause refreshing this listing</source>
        <translation>Aktualisierung dieser Liste starten oder pausieren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Refresh now instead of waiting for the interval</source>
        <translation>Jetzt aktualisieren, statt auf das Intervall zu warten</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Game rooms by most visits: class Room, order -visits, with owner, name, players online, visits, last update and rank</source>
        <translation>Spielräume nach meisten Besuchen: Klasse Room, Sortierung -visits, mit Besitzer, Name, Spielern online, Besuchen, letzter Aktualisierung und Rang</translation>
    </message>
    <message>
        <source>&amp;Rooms preset</source>
        <translation>&amp;Räume-Vorlage</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Seconds between refreshes; with LiveQuery, between full re-syncs is ten times this</source>
        <translation>Sekunden zwischen Aktualisierungen; mit LiveQuery liegt zwischen vollständigen Neusynchronisierungen das Zehnfache</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>Polling asks the server every interval; LiveQuery gets changes pushed and falls back to polling when the server has no LiveQuery for this class</source>
        <translation>Polling fragt den Server in jedem Intervall ab; LiveQuery bekommt Änderungen zugestellt und fällt auf Polling zurück, wenn der Server für diese Klasse kein LiveQuery hat</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>LiveQuery</source>
        <translation>LiveQuery</translation>
    </message>
    <message>
        <source>next refresh in %1 s</source>
        <translation>nächste Aktualisierung in %1 s</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>it must be a JSON object</source>
        <translation>sie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Where not applied: %1</source>
        <translation>Bedingung nicht angewendet: %1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>updated at %1</source>
        <translation>aktualisiert um %1</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>The rows shown are from the last good refresh.</source>
        <translation>Die angezeigten Zeilen stammen aus der letzten erfolgreichen Aktualisierung.</translation>
    </message>
    <message>
        <source>Start the listing to try again.</source>
        <translation>Die Liste starten, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not connected. Connect to a server to see this listing.</source>
        <translation>Nicht verbunden. Mit einem Server verbinden, um diese Liste zu sehen.</translation>
    </message>
    <message>
        <source>Choose a class above to list its objects. The listing stays current while it runs: refreshes change only what changed.</source>
        <translation>Oben eine Klasse wählen, um ihre Objekte aufzulisten. Die Liste bleibt aktuell, solange sie läuft: Aktualisierungen ändern nur, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Paused. Press Start to load %1.</source>
        <translation>Pausiert. „Starten“ drücken, um %1 zu laden.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>No %1 objects match this query. The listing keeps watching: matches show up here as soon as a refresh finds them.</source>
        <translation>Keine %1-Objekte passen zu dieser Abfrage. Die Liste beobachtet weiter: Treffer erscheinen hier, sobald eine Aktualisierung sie findet.</translation>
    </message>
    <message>
        <source>full re-sync in %1 s</source>
        <translation>vollständiger Abgleich in %1 s</translation>
    </message>
    <message>
        <source>Nothing loaded: the query for %1 failed (see above).</source>
        <translation>Nichts geladen: die Abfrage für %1 ist fehlgeschlagen (siehe oben).</translation>
    </message>
    <message>
        <source>Every %1 s uses %2 of the %3 operations/min budget</source>
        <translation>Alle %1 s verbraucht %2 des Budgets von %3 Operationen/min</translation>
    </message>
    <message>
        <source>Every %1 s uses %2 of the %3 requests/min budget</source>
        <translation>Alle %1 s verbraucht %2 des Budgets von %3 Anfragen/min</translation>
    </message>
    <message>
        <source>Refreshes over the budget wait in the queue, and so does everything else of this connection meanwhile. A longer interval keeps room for the rest.</source>
        <translation>Aktualisierungen über dem Budget warten in der Warteschlange, und so lange auch alles andere dieser Verbindung. Ein längeres Intervall lässt Platz für den Rest.</translation>
    </message>
    <message>
        <source>Build the where with conditions and groups instead of typing JSON</source>
        <translation>Die Bedingung aus Bedingungen und Gruppen zusammenstellen, statt JSON zu tippen</translation>
    </message>
    <message>
        <source>Builder…</source>
        <translation>Editor…</translation>
    </message>
</context>
<context>
    <name>LiveQueryClient</name>
    <message>
        <source>LiveQuery error %1: %2</source>
        <translation>LiveQuery-Fehler %1: %2</translation>
    </message>
    <message>
        <source>the LiveQuery connection closed</source>
        <translation>die LiveQuery-Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>no subscription confirmed within 10 s</source>
        <translation>kein Abonnement innerhalb von 10 s bestätigt</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>closed, retrying in %1 s</source>
        <translation>geschlossen, neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ParseDesk</source>
        <translation>ParseDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the connection chosen in the toolbar</source>
        <translation>Mit der in der Werkzeugleiste gewählten Verbindung verbinden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>V&amp;erbindungen…</translation>
    </message>
    <message>
        <source>Add, edit, test and delete saved connections</source>
        <translation>Gespeicherte Verbindungen hinzufügen, bearbeiten, testen und löschen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload the class list, the counts and the server version</source>
        <translation>Klassenliste, Anzahlen und Serverversion neu laden</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;About ParseDesk</source>
        <translation>Ü&amp;ber ParseDesk</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>The saved connection to work with; choosing one connects to it</source>
        <translation>Die gespeicherte Verbindung, mit der gearbeitet wird; eine Auswahl verbindet mit ihr</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>Anfrage&amp;protokoll</translation>
    </message>
    <message>
        <source>%1 — ParseDesk</source>
        <translation>%1 — ParseDesk</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>&amp;Flush request queue</source>
        <translation>Anfrage-Warteschlange jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Send the requests waiting in this connection&apos;s queue now, instead of at the next flush</source>
        <translation>Die Anfragen in der Warteschlange dieser Verbindung jetzt senden statt beim nächsten planmäßigen Senden</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Cloud Code</source>
        <translation>Cloud Code</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Undo &amp;journal…</source>
        <translation>Rückgängig-&amp;Journal…</translation>
    </message>
    <message>
        <source>Review, undo and prune what ParseDesk changed on this connection&apos;s server</source>
        <translation>Prüfen, rückgängig machen und aufräumen, was ParseDesk auf dem Server dieser Verbindung geändert hat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message numerus="yes">
        <source>Not closed: %n change(s) could not be saved; they stay pending, hover for the reason.</source>
        <translation>
            <numerusform>Nicht geschlossen: %n Änderung konnte nicht gespeichert werden; sie bleibt ausstehend, der Grund steht im Tooltip.</numerusform>
            <numerusform>Nicht geschlossen: %n Änderungen konnten nicht gespeichert werden; sie bleiben ausstehend, der Grund steht im Tooltip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed cell(s) of %1 not saved to the server.</source>
        <translation>
            <numerusform>%n geänderte Zelle von %1 ist nicht auf dem Server gespeichert.</numerusform>
            <numerusform>%n geänderte Zellen von %1 sind nicht auf dem Server gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A batch is being sent: %n operation(s) in the batch composer still wait for their outcome.</source>
        <translation>
            <numerusform>Ein Batch wird gesendet: %n Operation im Batch-Editor wartet noch auf ihr Ergebnis.</numerusform>
            <numerusform>Ein Batch wird gesendet: %n Operationen im Batch-Editor warten noch auf ihr Ergebnis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the batch composer not sent yet, or without a known outcome.</source>
        <translation>
            <numerusform>%n Operation im Batch-Editor ist noch nicht gesendet oder ohne bekanntes Ergebnis.</numerusform>
            <numerusform>%n Operationen im Batch-Editor sind noch nicht gesendet oder ohne bekanntes Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Ungesicherte Arbeit</translation>
    </message>
    <message>
        <source>Saving before leaving…</source>
        <translation>Speichern vor dem Verlassen…</translation>
    </message>
    <message>
        <source>Not connected, so the composer&apos;s operations can&apos;t be kept for the next start: Cancel and save them to a file (Save… in the batch composer), or discard them.</source>
        <translation>Nicht verbunden, daher können die Operationen des Batch-Editors nicht für den nächsten Start aufbewahrt werden: Brechen Sie ab und speichern Sie sie in eine Datei (Speichern… im Batch-Editor), oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Not closed: Parse Config could not be saved; see the Server tab.</source>
        <translation>Nicht geschlossen: Parse Config konnte nicht gespeichert werden; siehe den Tab Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n Parse Config parameter(s) changed and not saved to the server.</source>
        <translation>
            <numerusform>%n Parse-Config-Parameter geändert und nicht auf dem Server gespeichert.</numerusform>
            <numerusform>%n Parse-Config-Parameter geändert und nicht auf dem Server gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save writes the changed cells and parameters to the server and lets a batch being sent finish; the composer&apos;s operations come back the next time this connection opens. Discard drops the changes and the operations.</source>
        <translation>Speichern schreibt die geänderten Zellen und Parameter auf den Server und lässt einen laufenden Batch zu Ende laufen; die Operationen des Batch-Editors kommen beim nächsten Öffnen dieser Verbindung zurück. Verwerfen verwirft die Änderungen und die Operationen.</translation>
    </message>
</context>
<context>
    <name>NearValueEdit</name>
    <message>
        <source>Latitude of the point</source>
        <translation>Breitengrad des Punkts</translation>
    </message>
    <message>
        <source>Longitude of the point</source>
        <translation>Längengrad des Punkts</translation>
    </message>
    <message>
        <source>Largest distance from the point</source>
        <translation>Größte Entfernung vom Punkt</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>beliebige Entfernung</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>radians</source>
        <translation>Bogenmaß</translation>
    </message>
</context>
<context>
    <name>ObjectBrowser</name>
    <message>
        <source>Back to the previous objects (Alt+Left)</source>
        <translation>Zurück zu den vorherigen Objekten (Alt+Links)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>A where in Parse&apos;s JSON form; Enter applies it</source>
        <translation>Eine where-Bedingung in der JSON-Form von Parse; Eingabe wendet sie an</translation>
    </message>
    <message>
        <source>all objects — or a where, e.g. {&quot;name&quot;: &quot;Lobby&quot;}</source>
        <translation>alle Objekte — oder eine where-Bedingung, z. B. {&quot;name&quot;: &quot;Lobby&quot;}</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Show or hide columns</source>
        <translation>Spalten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show and edit dates in UTC instead of local time</source>
        <translation>Datumswerte in UTC statt in Ortszeit anzeigen und bearbeiten</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Load the objects again (F5, R)</source>
        <translation>Die Objekte neu laden (F5, R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create an object from a form with the class&apos;s fields</source>
        <translation>Ein Objekt über ein Formular mit den Feldern der Klasse erstellen</translation>
    </message>
    <message>
        <source>Add row…</source>
        <translation>Zeile hinzufügen…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected objects from the server</source>
        <translation>Die ausgewählten Objekte auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Die noch nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Send the changed cells to the server (Ctrl+S)</source>
        <translation>Die geänderten Zellen an den Server senden (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1 can&apos;t be sorted by: the server orders only by String, Number, Boolean and Date fields (this one is %2)</source>
        <translation>Nach %1 kann nicht sortiert werden: Der Server sortiert nur nach Feldern vom Typ String, Number, Boolean und Date (dieses ist %2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No class selected</source>
        <translation>Keine Klasse ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln object(s)</source>
        <translation>
            <numerusform>%1 von %Ln Objekt</numerusform>
            <numerusform>%1 von %Ln Objekten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 loaded, counting…</source>
        <translation>%1 geladen, wird gezählt…</translation>
    </message>
    <message>
        <source> — loading</source>
        <translation> — wird geladen</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n object(s) updated.</source>
        <translation>
            <numerusform>Gespeichert: %n Objekt aktualisiert.</numerusform>
            <numerusform>Gespeichert: %n Objekte aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved, %2 failed; the failed changes stay pending (red), hover for the reason.</source>
        <translation>%1 gespeichert, %2 fehlgeschlagen; die fehlgeschlagenen Änderungen bleiben ausstehend (rot), der Mauszeiger darüber zeigt den Grund.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save (%1)</source>
        <translation>&amp;Speichern (%1)</translation>
    </message>
    <message>
        <source>Build the where with conditions and groups instead of typing JSON</source>
        <translation>Die Bedingung aus Bedingungen und Gruppen zusammenstellen, statt JSON zu tippen</translation>
    </message>
    <message>
        <source>Builder…</source>
        <translation>Editor…</translation>
    </message>
    <message>
        <source>Write every object the filter matches, all pages, to a JSON or CSV file</source>
        <translation>Alle Objekte, auf die der Filter passt, über alle Seiten in eine JSON- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Create objects from a JSON or CSV file, sent as batches with an outcome per row</source>
        <translation>Objekte aus einer JSON- oder CSV-Datei erstellen, in Batches gesendet, mit einem Ergebnis pro Zeile</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>All matching objects as &amp;JSON…</source>
        <translation>Alle passenden Objekte als &amp;JSON…</translation>
    </message>
    <message>
        <source>All matching objects as &amp;CSV…</source>
        <translation>Alle passenden Objekte als &amp;CSV…</translation>
    </message>
    <message>
        <source>A where is a JSON object, {…} — filter not applied.</source>
        <translation>Ein Where ist ein JSON-Objekt, {…} — Filter nicht angewendet.</translation>
    </message>
    <message>
        <source>Invalid JSON at %1 — filter not applied.</source>
        <translation>Ungültiges JSON bei %1 — Filter nicht angewendet.</translation>
    </message>
    <message>
        <source>The rows below are unfiltered.</source>
        <translation>Die Zeilen unten sind ungefiltert.</translation>
    </message>
    <message>
        <source>The rows below match the previous filter.</source>
        <translation>Die Zeilen unten entsprechen dem vorherigen Filter.</translation>
    </message>
    <message>
        <source>Create a copy of each selected object</source>
        <translation>Eine Kopie jedes ausgewählten Objekts anlegen</translation>
    </message>
    <message>
        <source>Change the selected objects, or all objects matching the filter, at once</source>
        <translation>Die ausgewählten Objekte oder alle zum Filter passenden Objekte auf einmal ändern</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Auswahl bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Write the selected conflicting edits anyway, over the server&apos;s newer values</source>
        <translation>Die ausgewählten Änderungen im Konflikt trotzdem schreiben, über die neueren Werte des Servers</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Drop the selected conflicting edits and show the server&apos;s values</source>
        <translation>Die ausgewählten Änderungen im Konflikt verwerfen und die Werte des Servers zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) met a newer value on the server (hover a red cell for the three values). For the selected cells:</source>
        <translation>
            <numerusform>%n Änderung traf auf einen neueren Wert auf dem Server (die drei Werte im Tooltip der roten Zelle). Für die ausgewählten Zellen:</numerusform>
            <numerusform>%n Änderungen trafen auf neuere Werte auf dem Server (die drei Werte im Tooltip der roten Zellen). Für die ausgewählten Zellen:</numerusform>
        </translation>
    </message>
    <message>
        <source> — cached from %1, checking</source>
        <translation> — Stand %1, wird geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) not sent: changed on the server since loaded.</source>
        <translation>
            <numerusform>%n Konflikt nicht gesendet: seit dem Laden auf dem Server geändert.</numerusform>
            <numerusform>%n Konflikte nicht gesendet: seit dem Laden auf dem Server geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectCellEditor</name>
    <message>
        <source>Open the %1 %2 objects it points to</source>
        <translation>Die %1 %2-Objekte öffnen, auf die verwiesen wird</translation>
    </message>
    <message>
        <source>Load bytes from a file</source>
        <translation>Bytes aus einer Datei laden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Save the bytes to a file</source>
        <translation>Die Bytes in einer Datei speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Invalid JSON at %1 — the value is not changed; fix it or press Cancel.</source>
        <translation>Ungültiges JSON bei %1 — der Wert bleibt unverändert; korrigieren Sie es oder drücken Sie Abbrechen.</translation>
    </message>
    <message>
        <source>Increment %1</source>
        <translation>%1 erhöhen</translation>
    </message>
    <message>
        <source>Amount (negative to decrease):</source>
        <translation>Betrag (negativ zum Verringern):</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Items, as JSON separated by commas (e.g. &quot;a&quot;, 2):</source>
        <translation>Elemente als JSON, durch Kommas getrennt (z. B. &quot;a&quot;, 2):</translation>
    </message>
    <message>
        <source>Not applied: the items are not valid JSON</source>
        <translation>Nicht angewendet: Die Elemente sind kein gültiges JSON</translation>
    </message>
    <message>
        <source>ACL of %1</source>
        <translation>ACL von %1</translation>
    </message>
</context>
<context>
    <name>ObjectColumnState</name>
    <message>
        <source>Freeze up to this column</source>
        <translation>Bis zu dieser Spalte fixieren</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Fixierung aufheben</translation>
    </message>
    <message>
        <source>Show field of %1</source>
        <translation>Feld von %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>ObjectContextMenu</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open related objects</source>
        <translation>Verknüpfte Objekte öffnen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Load bytes from a file…</source>
        <translation>Bytes aus einer Datei laden…</translation>
    </message>
    <message>
        <source>Save the bytes to a file…</source>
        <translation>Die Bytes in einer Datei speichern…</translation>
    </message>
    <message>
        <source>Edit as JSON…</source>
        <translation>Als JSON bearbeiten…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Increment…</source>
        <translation>Erhöhen…</translation>
    </message>
    <message>
        <source>Add items…</source>
        <translation>Elemente hinzufügen…</translation>
    </message>
    <message>
        <source>Add unique items…</source>
        <translation>Eindeutige Elemente hinzufügen…</translation>
    </message>
    <message>
        <source>Remove items…</source>
        <translation>Elemente entfernen…</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>Edit selected rows…</source>
        <translation>Ausgewählte Zeilen bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate selected rows</source>
        <translation>Ausgewählte Zeilen duplizieren</translation>
    </message>
    <message>
        <source>Keep mine (write it over the server&apos;s)</source>
        <translation>Meine behalten (über den Wert des Servers schreiben)</translation>
    </message>
    <message>
        <source>Take theirs (drop my edit)</source>
        <translation>Ihre übernehmen (meine Änderung verwerfen)</translation>
    </message>
    <message>
        <source>Run Cloud Code for each…</source>
        <translation>Cloud Code für jede ausführen…</translation>
    </message>
</context>
<context>
    <name>ObjectExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export stopped after %1 objects: %2</source>
        <translation>Export nach %1 Objekten abgebrochen: %2</translation>
    </message>
    <message>
        <source>the server answered the same page again (it ignores the query&apos;s where), so not every object could be read</source>
        <translation>der Server hat dieselbe Seite noch einmal geliefert (er ignoriert das where der Abfrage), daher konnten nicht alle Objekte gelesen werden</translation>
    </message>
    <message>
        <source>Export stopped: %1 objects were counted at the start, %2 read, and counting again failed: %3</source>
        <translation>Export abgebrochen: Zu Beginn wurden %1 Objekte gezählt und %2 gelesen, und das erneute Zählen ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the server counts %1 objects but listed only these, so the file would be incomplete</source>
        <translation>der Server zählt %1 Objekte, hat aber nur diese aufgelistet, daher wäre die Datei unvollständig</translation>
    </message>
</context>
<context>
    <name>ObjectFetcher</name>
    <message>
        <source>the server answered the same page of %1 again (it ignores the query&apos;s where)</source>
        <translation>der Server hat dieselbe Seite von %1 noch einmal geliefert (er ignoriert das where der Abfrage)</translation>
    </message>
</context>
<context>
    <name>ObjectFileTransfer</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 objects written…</source>
        <translation>%1 Objekte geschrieben…</translation>
    </message>
    <message>
        <source>%1 of %2 objects written…</source>
        <translation>%1 von %2 Objekten geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 objects of %2 to %3.</source>
        <translation>%1 Objekte von %2 nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>ObjectImporter</name>
    <message>
        <source>The file holds no objects.</source>
        <translation>Die Datei enthält keine Objekte.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Expected an array of objects, or {&quot;results&quot;: [...]} as a query answers.</source>
        <translation>Erwartet: ein Array von Objekten oder {&quot;results&quot;: [...]}, wie eine Abfrage antwortet.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>objectIds are not sent: the server gives every object a new one.</source>
        <translation>objectIds werden nicht gesendet: Der Server vergibt jedem Objekt eine neue.</translation>
    </message>
    <message>
        <source>createdAt and updatedAt are set by the server and not sent.</source>
        <translation>createdAt und updatedAt werden vom Server gesetzt und nicht gesendet.</translation>
    </message>
    <message>
        <source>Relations hold no values and are not imported: %1.</source>
        <translation>Relationen enthalten keine Werte und werden nicht importiert: %1.</translation>
    </message>
    <message>
        <source>Not valid CSV: %1</source>
        <translation>Kein gültiges CSV: %1</translation>
    </message>
    <message>
        <source>Line 1: column %1 has no field name.</source>
        <translation>Zeile 1: Spalte %1 hat keinen Feldnamen.</translation>
    </message>
    <message>
        <source>Line 1, column %1: %2</source>
        <translation>Zeile 1, Spalte %1: %2</translation>
    </message>
    <message>
        <source>Line 1: the field %1 has two columns.</source>
        <translation>Zeile 1: Das Feld %1 hat zwei Spalten.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2 cells but %3 columns</source>
        <translation>%1: %2 Zellen, aber %3 Spalten</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Columns not sent (set by the server, or relations): %1.</source>
        <translation>Nicht gesendete Spalten (vom Server gesetzt oder Relationen): %1.</translation>
    </message>
</context>
<context>
    <name>ObjectRowActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Save or discard the %n changed cell(s) first.</source>
        <translation>
            <numerusform>Zuerst die %n geänderte Zelle speichern oder verwerfen.</numerusform>
            <numerusform>Zuerst die %n geänderten Zellen speichern oder verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Tick the fields to set and type their values; the others stay unset.</source>
        <translation>Die zu setzenden Felder ankreuzen und ihre Werte eingeben; die übrigen bleiben ungesetzt.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.</source>
        <translation>
            <numerusform>%n Objekt von %1 auf dem Server löschen? Eine Kopie wird im Rückgängig-Journal aufbewahrt.</numerusform>
            <numerusform>%n Objekte von %1 auf dem Server löschen? Eine Kopie wird im Rückgängig-Journal aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete objects on a production server</source>
        <translation>Objekte auf einem Produktivserver löschen</translation>
    </message>
    <message>
        <source>Type the class name (%1) to confirm:</source>
        <translation>Zur Bestätigung den Klassennamen (%1) eingeben:</translation>
    </message>
    <message>
        <source>Delete objects</source>
        <translation>Objekte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) written.</source>
        <translation>
            <numerusform>Fertig: %n Objekt geschrieben.</numerusform>
            <numerusform>Fertig: %n Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written, %2 failed: %3</source>
        <translation>%1 geschrieben, %2 fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): not deleted, as changed on the server since loaded; the table shows them as they are now.</source>
        <translation>
            <numerusform>%n Konflikt: nicht gelöscht, da seit dem Laden auf dem Server geändert; die Tabelle zeigt das Objekt, wie es jetzt ist.</numerusform>
            <numerusform>%n Konflikte: nicht gelöscht, da seit dem Laden auf dem Server geändert; die Tabelle zeigt sie, wie sie jetzt sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectRows</name>
    <message>
        <source>offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <source>empty reply</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>a find reply is a JSON object</source>
        <translation>eine find-Antwort muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;results&quot; is not an array</source>
        <translation>&quot;results&quot; ist kein Array</translation>
    </message>
    <message>
        <source>result %1 is not an object</source>
        <translation>Ergebnis %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>no &quot;results&quot; in the reply</source>
        <translation>kein &quot;results&quot; in der Antwort</translation>
    </message>
</context>
<context>
    <name>ObjectScopeBox</name>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>The selected rows (none are selected)</source>
        <translation>Die ausgewählten Zeilen (keine ausgewählt)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected row(s)</source>
        <translation>
            <numerusform>Die %n ausgewählte Zeile</numerusform>
            <numerusform>Die %n ausgewählten Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln object(s) of the class</source>
        <translation>
            <numerusform>Alle %Ln Objekte der Klasse</numerusform>
            <numerusform>Alle %Ln Objekte der Klasse</numerusform>
        </translation>
    </message>
    <message>
        <source>All objects of the class</source>
        <translation>Alle Objekte der Klasse</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln object(s) matching the filter</source>
        <translation>
            <numerusform>Alle %Ln Objekte, die dem Filter entsprechen</numerusform>
            <numerusform>Alle %Ln Objekte, die dem Filter entsprechen</numerusform>
        </translation>
    </message>
    <message>
        <source>All objects matching the filter</source>
        <translation>Alle Objekte, die dem Filter entsprechen</translation>
    </message>
    <message>
        <source> (read page by page, never all at once)</source>
        <translation> (seitenweise gelesen, nie alle auf einmal)</translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Not saved: the object changed on the server after it was loaded.
Loaded: %1
Server now: %2
Mine: %3
Keep mine writes yours anyway; Take theirs drops it.</source>
        <translation>Nicht gespeichert: Das Objekt wurde nach dem Laden auf dem Server geändert.
Geladen: %1
Server jetzt: %2
Meins: %3
„Meine behalten“ schreibt Ihren Wert trotzdem; „Ihre übernehmen“ verwirft ihn.</translation>
    </message>
    <message>
        <source>Changed on the server meanwhile: it is %1 there now; yours (%2) is not saved yet, and saving it is a conflict.</source>
        <translation>Inzwischen auf dem Server geändert: Dort ist es jetzt %1; Ihr Wert (%2) ist noch nicht gespeichert, und ihn zu speichern ist ein Konflikt.</translation>
    </message>
    <message>
        <source>Changed on the server since this page was last shown</source>
        <translation>Seit dem letzten Anzeigen dieser Seite auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1 Not sent: the objects could not be read to check for changes on the server.</source>
        <translation>%1 Nicht gesendet: Die Objekte konnten nicht gelesen werden, um Änderungen auf dem Server zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ObjectValueDelegate</name>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (öffnen)</translation>
    </message>
    <message>
        <source>objectId of a %1</source>
        <translation>objectId eines %1-Objekts</translation>
    </message>
    <message>
        <source>latitude, longitude</source>
        <translation>Breite, Länge</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Expected &quot;latitude, longitude&quot; within ±90 and ±180</source>
        <translation>Erwartet: „Breite, Länge“ innerhalb von ±90 und ±180</translation>
    </message>
    <message>
        <source>base64, e.g. aGVsbG8= (or load a file from the context menu)</source>
        <translation>base64, z. B. aGVsbG8= (oder eine Datei über das Kontextmenü laden)</translation>
    </message>
    <message>
        <source>Not base64: use A-Z, a-z, 0-9, + and / with = padding</source>
        <translation>Kein base64: A-Z, a-z, 0-9, + und / mit = als Auffüllung verwenden</translation>
    </message>
</context>
<context>
    <name>OperationBuilder</name>
    <message>
        <source>Increment takes a number, e.g. 1 or -5</source>
        <translation>Increment erwartet eine Zahl, z. B. 1 oder -5</translation>
    </message>
    <message>
        <source>%1 takes items as JSON, e.g. &quot;red&quot;, 2 or [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>%1 erwartet Elemente als JSON, z. B. &quot;red&quot;, 2 oder [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1 takes the objectIds of the related objects</source>
        <translation>%1 erwartet die objectIds der verknüpften Objekte</translation>
    </message>
</context>
<context>
    <name>OperationDelegate</name>
    <message>
        <source>A path starts with / and has no query, e.g. /classes/Room or /users/abc</source>
        <translation>Ein Pfad beginnt mit / und hat keine Abfrageparameter, z. B. /classes/Room oder /users/abc</translation>
    </message>
    <message>
        <source>The body must be a JSON object, e.g. {&quot;visits&quot;: 1}, or empty</source>
        <translation>Der Body muss ein JSON-Objekt sein, z. B. {&quot;visits&quot;: 1}, oder leer</translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <source>Add operation</source>
        <translation>Operation hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>Create an object (POST)</source>
        <translation>Objekt erstellen (POST)</translation>
    </message>
    <message>
        <source>Update an object (PUT)</source>
        <translation>Objekt aktualisieren (PUT)</translation>
    </message>
    <message>
        <source>Delete an object (DELETE)</source>
        <translation>Objekt löschen (DELETE)</translation>
    </message>
    <message>
        <source>Query objects (GET)</source>
        <translation>Objekte abfragen (GET)</translation>
    </message>
    <message>
        <source>Field operation: Increment, Add, Remove, relations… (PUT)</source>
        <translation>Feldoperation: Increment, Add, Remove, Relationen… (PUT)</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Object &amp;id:</source>
        <translation>Objekt-&amp;ID:</translation>
    </message>
    <message>
        <source>objectId, e.g. xWMyZ4YEGZ</source>
        <translation>objectId, z. B. xWMyZ4YEGZ</translation>
    </message>
    <message>
        <source>Tick the fields to send and type their values; each value is checked against the field&apos;s type. Double-click a value to edit it.</source>
        <translation>Die zu sendenden Felder ankreuzen und ihre Werte eingeben; jeder Wert wird gegen den Typ des Feldes geprüft. Doppelklick auf einen Wert, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>With an object id this reads that one object; without one it queries the class. A GET inside a batch takes these in its body.</source>
        <translation>Mit Objekt-ID wird genau dieses eine Objekt gelesen, ohne wird die Klasse abgefragt. Ein GET innerhalb eines Batches übergibt diese Angaben im Body.</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;peration:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The operation:</source>
        <translation>Die Operation:</translation>
    </message>
    <message>
        <source>optional: read just this object</source>
        <translation>optional: nur dieses Objekt lesen</translation>
    </message>
    <message>
        <source>A number to add to the field; negative subtracts. Atomic on the server.</source>
        <translation>Eine Zahl, die zum Feld addiert wird; negative Zahlen subtrahieren. Atomar auf dem Server.</translation>
    </message>
    <message>
        <source>Items to append to the array, as JSON: &quot;red&quot;, 2 (a bare word is one string).</source>
        <translation>Elemente, die an das Array angehängt werden, als JSON: &quot;red&quot;, 2 (ein einzelnes Wort ist ein String).</translation>
    </message>
    <message>
        <source>Items to append unless the array has them already.</source>
        <translation>Elemente, die angehängt werden, sofern das Array sie noch nicht enthält.</translation>
    </message>
    <message>
        <source>Items to take out of the array, wherever they are.</source>
        <translation>Elemente, die aus dem Array entfernt werden, wo immer sie stehen.</translation>
    </message>
    <message>
        <source>Removes the field from the object. No value needed.</source>
        <translation>Entfernt das Feld aus dem Objekt. Kein Wert nötig.</translation>
    </message>
    <message>
        <source>The objectIds to relate, separated by commas; pick a Relation field.</source>
        <translation>Die zu verknüpfenden objectIds, durch Kommas getrennt; ein Relation-Feld wählen.</translation>
    </message>
    <message>
        <source>The objectIds of %1 objects, separated by commas.</source>
        <translation>Die objectIds von %1-Objekten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Choose or type a class.</source>
        <translation>Eine Klasse wählen oder eingeben.</translation>
    </message>
    <message>
        <source>Type the objectId of the object to change.</source>
        <translation>Die objectId des zu ändernden Objekts eingeben.</translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation>Mindestens ein zu änderndes Feld ankreuzen.</translation>
    </message>
    <message>
        <source>Choose or type the field to change.</source>
        <translation>Das zu ändernde Feld wählen oder eingeben.</translation>
    </message>
    <message>
        <source>Apply to the operation</source>
        <translation>Auf die Operation anwenden</translation>
    </message>
    <message>
        <source>Deletes the object with this id. The undo journal keeps a copy first: View → Undo journal can re-create it.</source>
        <translation>Löscht das Objekt mit dieser ID. Das Rückgängig-Journal behält vorher eine Kopie: Ansicht → Rückgängig-Journal kann es wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>OutcomeCheck</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Only writes to objects can be checked; what this one did can&apos;t be read back.</source>
        <translation>Nur Schreibvorgänge auf Objekte lassen sich prüfen; was dieser bewirkt hat, lässt sich nicht zurücklesen.</translation>
    </message>
    <message>
        <source>A create without its own objectId can&apos;t be found again: look for the new object by its fields before sending it again.</source>
        <translation>Ein Erstellen ohne eigene objectId lässt sich nicht wiederfinden: Vor dem erneuten Senden das neue Objekt anhand seiner Felder suchen.</translation>
    </message>
    <message>
        <source>%1 %2 still exists: the delete was not applied.</source>
        <translation>%1 %2 existiert noch: Das Löschen wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists: the delete has taken effect (or the object never existed).</source>
        <translation>%1 %2 existiert nicht mehr: Das Löschen ist wirksam (oder das Objekt hat nie existiert).</translation>
    </message>
    <message>
        <source>%1 %2 exists: the create was applied.</source>
        <translation>%1 %2 existiert: Das Erstellen wurde ausgeführt.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist: the create was not applied.</source>
        <translation>%1 %2 existiert nicht: Das Erstellen wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists, so whether the update was applied can&apos;t be told.</source>
        <translation>%1 %2 existiert nicht mehr, daher lässt sich nicht feststellen, ob die Aktualisierung ausgeführt wurde.</translation>
    </message>
    <message>
        <source>%1 still holds %2: the update was not applied (or was changed since).</source>
        <translation>%1 enthält noch %2: Die Aktualisierung wurde nicht ausgeführt (oder das Feld wurde inzwischen wieder geändert).</translation>
    </message>
    <message>
        <source>%1 is changed by %2, whose effect can&apos;t be told from the object&apos;s state.</source>
        <translation>%1 wird durch %2 geändert, dessen Wirkung sich am Zustand des Objekts nicht ablesen lässt.</translation>
    </message>
    <message>
        <source>%1 holds %2, not the written %3: the update was not applied (or was changed since).</source>
        <translation>%1 enthält %2, nicht den geschriebenen Wert %3: Die Aktualisierung wurde nicht ausgeführt (oder das Feld wurde inzwischen wieder geändert).</translation>
    </message>
    <message>
        <source>Every field holds the written value: the update has taken effect.</source>
        <translation>Jedes Feld enthält den geschriebenen Wert: Die Aktualisierung wurde ausgeführt.</translation>
    </message>
    <message>
        <source>A read changes nothing.</source>
        <translation>Ein Lesezugriff ändert nichts.</translation>
    </message>
    <message>
        <source>The objects could not be read: %1</source>
        <translation>Die Objekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1; read back: %2 Sending it again is safe.</source>
        <translation>%1; zurückgelesen: %2 Erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>%1; read back: %2</source>
        <translation>%1; zurückgelesen: %2</translation>
    </message>
</context>
<context>
    <name>ParseClient</name>
    <message>
        <source>%1 needs the master key, and this profile has none. Add the master key to the profile (Parse Server accepts it only from the addresses in its masterKeyIps).</source>
        <translation>%1 braucht den Master-Schlüssel, und dieses Profil hat keinen. Den Master-Schlüssel zum Profil hinzufügen (Parse Server akzeptiert ihn nur von den Adressen in seinem masterKeyIps).</translation>
    </message>
    <message>
        <source>The connection was closed before this request was sent.</source>
        <translation>Die Verbindung wurde geschlossen, bevor diese Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled while waiting to be sent; it was not sent.</source>
        <translation>Abgebrochen, während sie auf das Senden wartete; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the undo journal closed before the write could be recorded.</source>
        <translation>Nicht gesendet: Das Rückgängig-Journal wurde geschlossen, bevor der Schreibvorgang aufgezeichnet werden konnte.</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: the production connection %3 is read-only until writes are unlocked.</source>
        <translation>%1 %2 wurde nicht gesendet: Die Produktivverbindung %3 ist schreibgeschützt, bis das Schreiben entsperrt wird.</translation>
    </message>
    <message>
        <source>the connection closed after the request was sent and before its reply arrived</source>
        <translation>die Verbindung wurde geschlossen, nachdem die Anfrage gesendet war und bevor ihre Antwort eintraf</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <source>Outcome unknown: the server may have applied this write; check before sending it again.</source>
        <translation>Ergebnis unbekannt: Der Server hat diesen Schreibvorgang möglicherweise ausgeführt; vor dem erneuten Senden prüfen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The server refused the application id or key (HTTP 403 unauthorized).</source>
        <translation>Der Server hat die Anwendungs-ID oder den Schlüssel abgelehnt (HTTP 403 unauthorized).</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this needs the master key or rights the keys don&apos;t give.</source>
        <translation>Zugriff verweigert (HTTP 403): Dafür sind der Master-Schlüssel oder Rechte nötig, die die Schlüssel nicht gewähren.</translation>
    </message>
    <message>
        <source>Parse error %1: %2</source>
        <translation>Parse-Fehler %1: %2</translation>
    </message>
    <message>
        <source>HTTP 404: no Parse route here. Check the server URL and its mount path (e.g. /parse).</source>
        <translation>HTTP 404: keine Parse-Route unter dieser Adresse. Server-URL und Mount-Pfad prüfen (z. B. /parse).</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>No reply in time: %1</source>
        <translation>Keine rechtzeitige Antwort: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Cancelled before a reply arrived.</source>
        <translation>Abgebrochen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>empty reply</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Inhalt</translation>
    </message>
    <message>
        <source>The session token is invalid or has expired (Parse error 209): log in again for a new one.</source>
        <translation>Das Session-Token ist ungültig oder abgelaufen (Parse-Fehler 209): Für ein neues erneut anmelden.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted, so nothing was sent: %1 To trust this certificate, add its SHA-256 fingerprint to the profile (Connections, or --trust-cert).</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet: %1 Um diesem Zertifikat zu vertrauen, seinen SHA-256-Fingerabdruck zum Profil hinzufügen (Verbindungen oder --trust-cert).</translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). ParseDesk does not follow redirects, so keys and writes never go to another server: if that is the right address, change the profile&apos;s server URL to it.</source>
        <translation>Der Server hat nach %1 umgeleitet (HTTP %2). ParseDesk folgt keinen Umleitungen, damit Schlüssel und Schreibvorgänge nie an einen anderen Server gehen: Wenn das die richtige Adresse ist, die Server-URL des Profils darauf ändern.</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the reply</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Antwort</translation>
    </message>
    <message>
        <source>The reply is larger than the limit of %1 MB (%2 MB or more); it was not read. Ask for fewer objects (limit, keys) or raise the limit.</source>
        <translation>Die Antwort ist größer als das Limit von %1 MB (%2 MB oder mehr); sie wurde nicht gelesen. Weniger Objekte anfordern (limit, keys) oder das Limit erhöhen.</translation>
    </message>
    <message>
        <source>Connection lost before the reply: %1</source>
        <translation>Verbindung vor der Antwort verloren: %1</translation>
    </message>
    <message>
        <source>Server unreachable at %1: %2.</source>
        <translation>Server unter %1 nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>timed out: nothing arrived for %1 s while receiving the reply (its body stalled)</source>
        <translation>Zeitüberschreitung: %1 s lang kam beim Empfangen der Antwort nichts an (ihr Body kam ins Stocken)</translation>
    </message>
</context>
<context>
    <name>ParseNames</name>
    <message>
        <source>A class needs a name.</source>
        <translation>Eine Klasse braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Parse system class; other class names start with a letter.</source>
        <translation>„%1“ ist keine Systemklasse von Parse; andere Klassennamen beginnen mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid class name: start with a letter, then use only letters, digits and _.</source>
        <translation>„%1“ ist kein gültiger Klassenname: Mit einem Buchstaben beginnen, danach nur Buchstaben, Ziffern und _ verwenden.</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>Ein Feld braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: start with a letter, then use only letters, digits and _.</source>
        <translation>„%1“ ist kein gültiger Feldname: Mit einem Buchstaben beginnen, danach nur Buchstaben, Ziffern und _ verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by Parse and can&apos;t name a class.</source>
        <translation>„%1“ ist von Parse reserviert und kann nicht als Klassenname dienen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by Parse and can&apos;t name a field.</source>
        <translation>„%1“ ist von Parse reserviert und kann nicht als Feldname dienen.</translation>
    </message>
</context>
<context>
    <name>ParseValue</name>
    <message>
        <source>public read/write</source>
        <translation>öffentlich lesen/schreiben</translation>
    </message>
    <message>
        <source>public read</source>
        <translation>öffentlich lesen</translation>
    </message>
    <message>
        <source>public write</source>
        <translation>öffentlich schreiben</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>master key only</source>
        <translation>nur Master-Schlüssel</translation>
    </message>
    <message>
        <source>Relation&lt;%1&gt;</source>
        <translation>Relation&lt;%1&gt;</translation>
    </message>
    <message>
        <source>Polygon, %1 points</source>
        <translation>Polygon, %1 Punkte</translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation>%1 Bytes: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set the password of %1</source>
        <translation>Passwort von %1 setzen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>The password is sent once, with the master key, and kept nowhere: not in the request log, the undo journal or an export. The user&apos;s other sessions stay valid until revoked.</source>
        <translation>Das Passwort wird einmal mit dem Master-Key gesendet und nirgends gespeichert: nicht im Anfrageprotokoll, im Rückgängig-Journal oder in einem Export. Die anderen Sitzungen des Benutzers bleiben gültig, bis sie widerrufen werden.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>PermissionGridModel</name>
    <message>
        <source>Public (*)</source>
        <translation>Öffentlich (*)</translation>
    </message>
    <message>
        <source>Any logged-in user</source>
        <translation>Jeder angemeldete Benutzer</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>User %1 (%2)</source>
        <translation>Benutzer %1 (%2)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Users in field %1</source>
        <translation>Benutzer im Feld %1</translation>
    </message>
    <message>
        <source>Pointer permission: the users field %1 points to</source>
        <comment>CLP pointer row</comment>
        <translation>Zeigerberechtigung: die Benutzer, auf die das Feld %1 zeigt</translation>
    </message>
    <message>
        <source>requiresAuthentication in the CLP, authenticated in protectedFields</source>
        <translation>requiresAuthentication in den Klassenberechtigungen, authenticated in protectedFields</translation>
    </message>
    <message>
        <source>Fields this principal does not get (protectedFields); double-click to choose</source>
        <translation>Felder, die dieser Berechtigte nicht erhält (protectedFields); Doppelklick zum Auswählen</translation>
    </message>
    <message>
        <source>readUserFields: the users a pointer field names may get, find and count its objects</source>
        <translation>readUserFields: Die Benutzer, die ein Zeigerfeld nennt, dürfen seine Objekte abrufen, finden und zählen</translation>
    </message>
    <message>
        <source>writeUserFields: the users a pointer field names may update and delete its objects</source>
        <translation>writeUserFields: Die Benutzer, die ein Zeigerfeld nennt, dürfen seine Objekte ändern und löschen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Read (pointer)</source>
        <translation>Lesen (Zeiger)</translation>
    </message>
    <message>
        <source>Write (pointer)</source>
        <translation>Schreiben (Zeiger)</translation>
    </message>
    <message>
        <source>Protected fields</source>
        <translation>Geschützte Felder</translation>
    </message>
</context>
<context>
    <name>PermissionsEditor</name>
    <message>
        <source>Add role…</source>
        <translation>Rolle hinzufügen…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Protected fields…</source>
        <translation>Geschützte Felder…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Give a role permissions: search it by name</source>
        <translation>Einer Rolle Berechtigungen geben: nach Namen suchen</translation>
    </message>
    <message>
        <source>Give one user permissions: search it by username</source>
        <translation>Einem Benutzer Berechtigungen geben: nach Benutzernamen suchen</translation>
    </message>
    <message>
        <source>Choose the fields the selected principal does not get</source>
        <translation>Die Felder wählen, die der ausgewählte Berechtigte nicht erhält</translation>
    </message>
    <message>
        <source>Review the changes and the request, then save</source>
        <translation>Änderungen und Anfrage prüfen, dann speichern</translation>
    </message>
    <message>
        <source>Who may do what with the objects of this class. Rows are principals, columns operations; pointer rows allow the users a field of the object points to. Double-click a Protected fields cell to hide fields from that principal.</source>
        <translation>Wer was mit den Objekten dieser Klasse tun darf. Zeilen sind Berechtigte, Spalten Operationen; Zeigerzeilen berechtigen die Benutzer, auf die ein Feld des Objekts zeigt. Doppelklicken Sie auf eine Zelle „Geschützte Felder“, um diesem Berechtigten Felder vorzuenthalten.</translation>
    </message>
    <message>
        <source>Reading and changing class-level permissions needs the master key: add it to this connection.</source>
        <translation>Klassenberechtigungen zu lesen und zu ändern erfordert den Master-Key: Fügen Sie ihn dieser Verbindung hinzu.</translation>
    </message>
    <message>
        <source>This is a production connection and it is read-only: the permissions are shown, not changed. Unlock writes to change them.</source>
        <translation>Dies ist eine Produktivverbindung und sie ist schreibgeschützt: Die Berechtigungen werden angezeigt, nicht geändert. Heben Sie die Schreibsperre auf, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Protected fields</source>
        <translation>Geschützte Felder</translation>
    </message>
    <message>
        <source>Fields %1 does not get from %2 (objectId, createdAt, updatedAt and ACL cannot be protected):</source>
        <translation>Felder von %2, die %1 nicht erhält (objectId, createdAt, updatedAt und ACL können nicht geschützt werden):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Permissions not saved</source>
        <translation>Berechtigungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Permissions of %1 saved</source>
        <translation>Berechtigungen von %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>PointerValueEdit</name>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>objectId</source>
        <translation>objectId</translation>
    </message>
</context>
<context>
    <name>PrincipalPicker</name>
    <message>
        <source>Choose a user</source>
        <translation>Benutzer wählen</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Rolle wählen</translation>
    </message>
    <message>
        <source>Part of the username</source>
        <translation>Teil des Benutzernamens</translation>
    </message>
    <message>
        <source>Part of the role name</source>
        <translation>Teil des Rollennamens</translation>
    </message>
    <message>
        <source>Search the users by username:</source>
        <translation>Benutzer nach Benutzernamen suchen:</translation>
    </message>
    <message>
        <source>Search the roles by name:</source>
        <translation>Rollen nach Namen suchen:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them.</source>
        <translation>
            <numerusform>Der erste Treffer; tippen Sie weiter, um einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Treffer; tippen Sie weiter, um einzugrenzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrincipalSearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProductionBanner</name>
    <message>
        <source>Production: %1 — read-only</source>
        <translation>Produktion: %1 — schreibgeschützt</translation>
    </message>
    <message>
        <source>Production: %1 — WRITES UNLOCKED</source>
        <translation>Produktion: %1 — SCHREIBEN ENTSPERRT</translation>
    </message>
    <message>
        <source>Unlock writes…</source>
        <translation>Schreiben entsperren…</translation>
    </message>
    <message>
        <source>Lock writes</source>
        <translation>Schreiben sperren</translation>
    </message>
    <message>
        <source>Allow this connection to change data: saves, deletes, batches, schema changes, Cloud Code calls</source>
        <translation>Dieser Verbindung erlauben, Daten zu ändern: Speichern, Löschen, Batches, Schemaänderungen, Cloud-Code-Aufrufe</translation>
    </message>
    <message>
        <source>Make this connection read-only again</source>
        <translation>Diese Verbindung wieder schreibgeschützt machen</translation>
    </message>
    <message>
        <source>Unlock writes</source>
        <translation>Schreiben entsperren</translation>
    </message>
    <message>
        <source>Unlock writes on the production server %1?

Until you lock it again, every panel can change and delete its data, and Cloud Code functions and jobs can run. Deleting still asks for the class name, and the undo journal keeps a copy of what is changed.</source>
        <translation>Schreiben auf dem Produktivserver %1 entsperren?

Bis es wieder gesperrt wird, kann jeder Bereich seine Daten ändern und löschen, und Cloud-Code-Funktionen und Jobs können laufen. Beim Löschen wird weiterhin nach dem Klassennamen gefragt, und das Rückgängig-Journal bewahrt eine Kopie des Geänderten auf.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>How the selected group combines its rows (Ctrl+G switches)</source>
        <translation>Wie die ausgewählte Gruppe ihre Zeilen verknüpft (Strg+G schaltet um)</translation>
    </message>
    <message>
        <source>AND: all of</source>
        <translation>AND: alle</translation>
    </message>
    <message>
        <source>OR: any of</source>
        <translation>OR: mindestens eine</translation>
    </message>
    <message>
        <source>NOR: none of</source>
        <translation>NOR: keine</translation>
    </message>
    <message>
        <source>How many objects the where matches, counted again as you edit</source>
        <translation>Wie viele Objekte die where-Bedingung trifft, bei jeder Änderung neu gezählt</translation>
    </message>
    <message>
        <source>Objects match when all of these hold:</source>
        <translation>Objekte passen, wenn all dies zutrifft:</translation>
    </message>
    <message>
        <source>What the query would get wrong; click one to go to its row</source>
        <translation>Was an der Abfrage falsch wäre; ein Klick springt zur betreffenden Zeile</translation>
    </message>
    <message>
        <source>Where JSON</source>
        <translation>Where-JSON</translation>
    </message>
    <message>
        <source>The where the tree sends. Edit it here: valid JSON replaces the tree</source>
        <translation>Die where-Bedingung, die der Baum sendet. Hier bearbeiten: gültiges JSON ersetzt den Baum</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Copy the URL (it carries no keys: they travel in headers)</source>
        <translation>Die URL kopieren (sie enthält keine Schlüssel: diese stehen in den Headern)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>c&amp;url (keys as placeholders):</source>
        <translation>curl (Schlüssel als &amp;Platzhalter):</translation>
    </message>
    <message>
        <source>Copy the curl command; put your keys in place of &lt;REST_API_KEY&gt; and the like</source>
        <translation>Den curl-Befehl kopieren; die eigenen Schlüssel anstelle von &lt;REST_API_KEY&gt; usw. einsetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Bedingung</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>OR &amp;group</source>
        <translation>&amp;OR-Gruppe</translation>
    </message>
    <message>
        <source>Add an OR group: objects matching any of its branches</source>
        <translation>Eine OR-Gruppe hinzufügen: Objekte, die mindestens einen ihrer Zweige erfüllen</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Zweig</translation>
    </message>
    <message>
        <source>Add another branch to the OR / NOR group around the selected row</source>
        <translation>Der OR-/NOR-Gruppe um die ausgewählte Zeile einen weiteren Zweig hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Einrücken</translation>
    </message>
    <message>
        <source>Put the selected row into an OR group of its own</source>
        <translation>Die ausgewählte Zeile in eine eigene OR-Gruppe setzen</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Aus&amp;rücken</translation>
    </message>
    <message>
        <source>Move the selected row out of its group</source>
        <translation>Die ausgewählte Zeile aus ihrer Gruppe herausnehmen</translation>
    </message>
    <message>
        <source>&amp;Switch AND / OR / NOR</source>
        <translation>AND / OR / NOR &amp;wechseln</translation>
    </message>
    <message>
        <source>Switch the selected group between AND, OR and NOR</source>
        <translation>Die ausgewählte Gruppe zwischen AND, OR und NOR umschalten</translation>
    </message>
    <message>
        <source>OR group: any of its branches</source>
        <translation>OR-Gruppe: mindestens einer ihrer Zweige</translation>
    </message>
    <message>
        <source>AND group: all of its conditions</source>
        <translation>AND-Gruppe: alle ihre Bedingungen</translation>
    </message>
    <message>
        <source>NOR group: none of its branches</source>
        <translation>NOR-Gruppe: keiner ihrer Zweige</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Zuerst eine Klasse wählen.</translation>
    </message>
    <message>
        <source>Edit the JSON to change the tree; it applies once it is valid.</source>
        <translation>Das JSON bearbeiten, um den Baum zu ändern; es wird übernommen, sobald es gültig ist.</translation>
    </message>
    <message>
        <source>Applied to the tree.</source>
        <translation>In den Baum übernommen.</translation>
    </message>
    <message>
        <source>(choose a class)</source>
        <translation>(Klasse wählen)</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Counted by the server for the where above</source>
        <translation>Vom Server für die obige where-Bedingung gezählt</translation>
    </message>
    <message>
        <source>Count failed</source>
        <translation>Zählen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Matches: %L1</source>
        <translation>Treffer: %L1</translation>
    </message>
    <message>
        <source>Invalid JSON at %1 — filter not applied.</source>
        <translation>Ungültiges JSON bei %1 — Filter nicht angewendet.</translation>
    </message>
    <message>
        <source>A where is a JSON object, {…} — filter not applied.</source>
        <translation>Ein Where ist ein JSON-Objekt, {…} — Filter nicht angewendet.</translation>
    </message>
</context>
<context>
    <name>QueryBuilderDialog</name>
    <message>
        <source>Build a Where</source>
        <translation>Bedingung zusammenstellen</translation>
    </message>
</context>
<context>
    <name>QueryConditionDelegate</name>
    <message>
        <source>(local)</source>
        <translation>(lokal)</translation>
    </message>
    <message>
        <source> within %L1 km</source>
        <translation> im Umkreis von %L1 km</translation>
    </message>
    <message>
        <source>AND: all of</source>
        <translation>AND: alle</translation>
    </message>
    <message>
        <source>OR: any of</source>
        <translation>OR: mindestens eine</translation>
    </message>
    <message>
        <source>NOR: none of</source>
        <translation>NOR: keine</translation>
    </message>
    <message>
        <source>field or dot.path</source>
        <translation>Feld oder Punkt.Pfad</translation>
    </message>
    <message>
        <source>a value; JSON for lists and objects</source>
        <translation>ein Wert; JSON für Listen und Objekte</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(Feld wählen)</translation>
    </message>
</context>
<context>
    <name>QueryNode</name>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>enthält alle von</translation>
    </message>
    <message>
        <source>contained by</source>
        <translation>enthalten in</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>passt auf Regex</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>key in sub-query</source>
        <translation>Schlüssel in Unterabfrage</translation>
    </message>
    <message>
        <source>key not in sub-query</source>
        <translation>Schlüssel nicht in Unterabfrage</translation>
    </message>
    <message>
        <source>matches sub-query</source>
        <translation>passt auf Unterabfrage</translation>
    </message>
    <message>
        <source>doesn&apos;t match sub-query</source>
        <translation>passt nicht auf Unterabfrage</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>in Relation zu</translation>
    </message>
    <message>
        <source>near</source>
        <translation>in der Nähe von</translation>
    </message>
    <message>
        <source>within box</source>
        <translation>innerhalb des Rechtecks</translation>
    </message>
    <message>
        <source>within polygon / sphere</source>
        <translation>innerhalb Polygon / Kugel</translation>
    </message>
    <message>
        <source>polygon contains point</source>
        <translation>Polygon enthält Punkt</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
</context>
<context>
    <name>QueryOptions</name>
    <message>
        <source>&quot;%1&quot; is not a query option.</source>
        <translation>„%1“ ist keine Abfrageoption.</translation>
    </message>
    <message>
        <source>The query option &quot;%1&quot; has a value of the wrong kind.</source>
        <translation>Die Abfrageoption „%1“ hat einen Wert vom falschen Typ.</translation>
    </message>
</context>
<context>
    <name>QueryOptionsForm</name>
    <message>
        <source>&amp;Order:</source>
        <translation>Sor&amp;tierung:</translation>
    </message>
    <message>
        <source>Sort keys, first one first. Drag to reorder; double-click flips the direction.</source>
        <translation>Sortierschlüssel, der erste zuerst. Ziehen ändert die Reihenfolge; Doppelklick kehrt die Richtung um.</translation>
    </message>
    <message>
        <source>Field to sort by</source>
        <translation>Feld, nach dem sortiert wird</translation>
    </message>
    <message>
        <source>Add the field as the next sort key</source>
        <translation>Das Feld als nächsten Sortierschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Flip the selected key between ascending and descending</source>
        <translation>Den ausgewählten Schlüssel zwischen auf- und absteigend umschalten</translation>
    </message>
    <message>
        <source>↑↓</source>
        <translation>↑↓</translation>
    </message>
    <message>
        <source>Sort by the selected key earlier</source>
        <translation>Früher nach dem ausgewählten Schlüssel sortieren</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Stop sorting by the selected key</source>
        <translation>Nicht mehr nach dem ausgewählten Schlüssel sortieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>Most objects to return; the server&apos;s default is 100 and its maxLimit may clamp more</source>
        <translation>Höchstzahl zurückgegebener Objekte; der Server-Standard ist 100, und sein maxLimit kann größere Werte begrenzen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Skip:</source>
        <translation>&amp;Überspringen:</translation>
    </message>
    <message>
        <source>Objects to pass over before the first one returned</source>
        <translation>Objekte, die vor dem ersten zurückgegebenen übersprungen werden</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>Fel&amp;der:</translation>
    </message>
    <message>
        <source>Return only these fields (comma-separated); objectId, createdAt and updatedAt always come</source>
        <translation>Nur diese Felder zurückgeben (durch Kommas getrennt); objectId, createdAt und updatedAt kommen immer mit</translation>
    </message>
    <message>
        <source>all fields</source>
        <translation>alle Felder</translation>
    </message>
    <message>
        <source>E&amp;xclude keys:</source>
        <translation>Felder ausschl&amp;ießen:</translation>
    </message>
    <message>
        <source>Leave these fields out (comma-separated)</source>
        <translation>Diese Felder weglassen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Mitladen (include):</translation>
    </message>
    <message>
        <source>Pointers to fetch whole, as dot paths (comma-separated): owner, owner.team</source>
        <translation>Pointer, die vollständig mitgeladen werden, als Punkt-Pfade (durch Kommas getrennt): owner, owner.team</translation>
    </message>
    <message>
        <source>no pointers</source>
        <translation>keine Pointer</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>&amp;Rückgabe:</translation>
    </message>
    <message>
        <source>Objects, objects and how many match in all, or only the number</source>
        <translation>Objekte, Objekte samt Gesamtzahl der Treffer oder nur die Anzahl</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Objects and count</source>
        <translation>Objekte und Anzahl</translation>
    </message>
    <message>
        <source>Count only</source>
        <translation>Nur Anzahl</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1, absteigend</translation>
    </message>
    <message>
        <source>%1, ascending</source>
        <translation>%1, aufsteigend</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>The class to query; its fields fill the builder&apos;s lists</source>
        <translation>Die abzufragende Klasse; ihre Felder füllen die Listen des Abfrage-Editors</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Keep this query under a name, for this connection</source>
        <translation>Diese Abfrage unter einem Namen für diese Verbindung speichern</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Queries saved for this connection; double-click one to load it</source>
        <translation>Für diese Verbindung gespeicherte Abfragen; Doppelklick lädt eine</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The last 50 queries run on this connection, newest first; double-click one to load it</source>
        <translation>Die letzten 50 auf dieser Verbindung ausgeführten Abfragen, neueste zuerst; Doppelklick lädt eine</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>La&amp;den</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Abfrage ausführen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Can&apos;t run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name for this query on %1:</source>
        <translation>Name für diese Abfrage auf %1:</translation>
    </message>
    <message>
        <source>Replace the saved query &quot;%1&quot;?</source>
        <translation>Die gespeicherte Abfrage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Load query</source>
        <translation>Abfrage laden</translation>
    </message>
    <message>
        <source>This connection has no class %1 (any more).</source>
        <translation>Diese Verbindung hat keine Klasse %1 (mehr).</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+R)</source>
        <translation>Abfrage ausführen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+R) to see the objects it finds.</source>
        <translation>Abfrage ausführen (Ctrl+R), um die gefundenen Objekte zu sehen.</translation>
    </message>
    <message>
        <source>Matching: %L1 · %2 ms</source>
        <translation>Treffer: %L1 · %2 ms</translation>
    </message>
    <message>
        <source>Rows shown: %L1 of %L2 matching · %3 ms</source>
        <translation>Angezeigte Zeilen: %L1 von %L2 Treffern · %3 ms</translation>
    </message>
    <message>
        <source>Rows shown: %L1 · %2 ms</source>
        <translation>Angezeigte Zeilen: %L1 · %2 ms</translation>
    </message>
</context>
<context>
    <name>QueryTreeModel</name>
    <message>
        <source>AND (all of)</source>
        <translation>AND (alle)</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>mindestens eine</translation>
    </message>
    <message>
        <source>none of</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>raw JSON</source>
        <translation>rohes JSON</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>QueryValidator</name>
    <message>
        <source>The class has no field &quot;%1&quot;.</source>
        <translation>Die Klasse hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a list of values, e.g. [1, 2].</source>
        <translation>„%1“ braucht eine Liste von Werten, z. B. [1, 2].</translation>
    </message>
    <message>
        <source>&quot;exists&quot; takes true or false.</source>
        <translation>„existiert“ erwartet true oder false.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Regex options may only be i, m, x and s, not &quot;%1&quot;.</source>
        <translation>Regex-Optionen dürfen nur i, m, x und s sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be inside an OR or NOR group; put it at the top level.</source>
        <translation>„%1“ darf nicht in einer OR- oder NOR-Gruppe stehen; auf die oberste Ebene setzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 field; this value is not a %2.</source>
        <translation>„%1“ ist ein Feld vom Typ %2; dieser Wert ist kein %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 field; not every value in the list is a %2.</source>
        <translation>„%1“ ist ein Feld vom Typ %2; nicht jeder Wert in der Liste ist ein %2.</translation>
    </message>
    <message>
        <source>Kept as raw JSON and sent unchanged: the builder can&apos;t show it.</source>
        <translation>Als rohes JSON beibehalten und unverändert gesendet: Der Abfrage-Editor kann es nicht darstellen.</translation>
    </message>
    <message>
        <source>An empty %1 group matches nothing; add a condition or remove it.</source>
        <translation>Eine leere %1-Gruppe trifft auf nichts zu; eine Bedingung hinzufügen oder die Gruppe entfernen.</translation>
    </message>
    <message>
        <source>On PostgreSQL Parse Server ignores %1 and returns every object by distance; $maxDistance (in radians) works on every database.</source>
        <translation>Unter PostgreSQL ignoriert Parse Server %1 und liefert alle Objekte nach Entfernung; $maxDistance (im Bogenmaß) funktioniert mit jeder Datenbank.</translation>
    </message>
    <message>
        <source>On PostgreSQL &quot;%1 equals a value&quot; fails (HTTP 500); &quot;is one of&quot; with a one-item list finds the same objects on every database.</source>
        <translation>Unter PostgreSQL schlägt „%1 ist gleich einem Wert“ fehl (HTTP 500); „ist eines von“ mit einer einelementigen Liste findet auf jeder Datenbank dieselben Objekte.</translation>
    </message>
    <message>
        <source>Choose a field for this condition.</source>
        <translation>Wählen Sie ein Feld für diese Bedingung.</translation>
    </message>
</context>
<context>
    <name>QueueStatusLabel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Queue: %1 waiting · %2 in flight</source>
        <translation>Warteschlange: %1 wartend · %2 unterwegs</translation>
    </message>
    <message>
        <source>Requests of this connection wait here and leave together as one /batch when %1 are waiting or every %2 s; View &gt; Flush request queue sends them now. Last flush: %3.</source>
        <translation>Anfragen dieser Verbindung warten hier und gehen gemeinsam als ein /batch ab, sobald %1 warten, oder alle %2 s; Ansicht &gt; Anfrage-Warteschlange jetzt senden schickt sie sofort ab. Zuletzt gesendet: %3.</translation>
    </message>
</context>
<context>
    <name>RegexValueEdit</name>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Case-insensitive</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Multi-line: ^ and $ match at every line break</source>
        <translation>Mehrzeilig: ^ und $ passen an jedem Zeilenumbruch</translation>
    </message>
    <message>
        <source>Extended: whitespace in the pattern is ignored</source>
        <translation>Erweitert: Leerraum im Muster wird ignoriert</translation>
    </message>
    <message>
        <source>Dot matches line breaks too</source>
        <translation>Punkt passt auch auf Zeilenumbrüche</translation>
    </message>
</context>
<context>
    <name>RequestBudget</name>
    <message>
        <source>a budget looks like 500/60s (per request) or 500/60s/ops (per operation), not &quot;%1&quot;</source>
        <translation>ein Budget sieht so aus: 500/60s (pro Anfrage) oder 500/60s/ops (pro Operation), nicht „%1“</translation>
    </message>
    <message>
        <source>budget %1/%2 s: %3 used, %4 left, %5 in the last minute; %6 operations in %7 requests</source>
        <translation>Budget %1/%2 s: %3 verbraucht, %4 übrig, %5 in der letzten Minute; %6 Operationen in %7 Anfragen</translation>
    </message>
    <message>
        <source>; paused for %1 s by the server</source>
        <translation>; vom Server für %1 s pausiert</translation>
    </message>
    <message>
        <source>a budget allows 1 to %1 per window of up to 24 h (e.g. 500/60s), not &quot;%2&quot;</source>
        <translation>ein Budget erlaubt 1 bis %1 pro Zeitfenster von höchstens 24 h (z. B. 500/60s), nicht „%2“</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>Remove every entry from the request log</source>
        <translation>Alle Einträge aus dem Anfrageprotokoll entfernen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <source>Server log around this</source>
        <translation>Server-Protokoll um diese Anfrage</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Parse code</source>
        <translation>Parse-Code</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>The queue was closed before this request was sent; it was not sent.</source>
        <translation>Die Warteschlange wurde geschlossen, bevor diese Anfrage gesendet wurde; sie wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>RoleUsers</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>RowScript</name>
    <message>
        <source>the server answered the same page of %1 again (it ignores the query&apos;s where)</source>
        <translation>der Server hat dieselbe Seite von %1 noch einmal geliefert (er ignoriert das where der Abfrage)</translation>
    </message>
</context>
<context>
    <name>RowScriptDialog</name>
    <message>
        <source>Run Cloud Code for each object of %1</source>
        <translation>Cloud Code für jedes Objekt von %1 ausführen</translation>
    </message>
    <message>
        <source>function name, e.g. createRoom</source>
        <translation>Funktionsname, z. B. createRoom</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Parameters of each call</source>
        <translation>Parameter jedes Aufrufs</translation>
    </message>
    <message>
        <source>The whole object, as {&quot;object&quot;: {…}}</source>
        <translation>Das ganze Objekt, als {&quot;object&quot;: {…}}</translation>
    </message>
    <message>
        <source>Parameters from the object&apos;s fields:</source>
        <translation>Parameter aus den Feldern des Objekts:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>Parameter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Each object&apos;s result or error is listed below once it has run.</source>
        <translation>Das Ergebnis oder der Fehler jedes Objekts erscheint unten, sobald es gelaufen ist.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>This connection is read-only: a function may write, so none is called.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Eine Funktion kann schreiben, daher wird keine aufgerufen.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Keine Zeilen ausgewählt.</translation>
    </message>
    <message>
        <source>Type the name of a Cloud Code function.</source>
        <translation>Geben Sie den Namen einer Cloud-Code-Funktion ein.</translation>
    </message>
    <message>
        <source>Add a parameter, or send the whole object.</source>
        <translation>Fügen Sie einen Parameter hinzu oder senden Sie das ganze Objekt.</translation>
    </message>
    <message>
        <source>Every parameter needs a name.</source>
        <translation>Jeder Parameter braucht einen Namen.</translation>
    </message>
    <message>
        <source>The parameter %1 is named twice.</source>
        <translation>Der Parameter %1 ist doppelt benannt.</translation>
    </message>
    <message>
        <source>No row is loaded to show the parameters for.</source>
        <translation>Keine Zeile geladen, für die die Parameter gezeigt werden können.</translation>
    </message>
    <message>
        <source>%1 is called with these parameters for %2:</source>
        <translation>%1 wird für %2 mit diesen Parametern aufgerufen:</translation>
    </message>
    <message>
        <source>The function</source>
        <translation>Die Funktion</translation>
    </message>
    <message numerus="yes">
        <source>Call %1 for %n object(s) of %2?</source>
        <translation>
            <numerusform>%1 für %n Objekt von %2 aufrufen?</numerusform>
            <numerusform>%1 für %n Objekte von %2 aufrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1 for each matching object of %2?</source>
        <translation>%1 für jedes passende Objekt von %2 aufrufen?</translation>
    </message>
    <message>
        <source>Run Cloud Code on a production server</source>
        <translation>Cloud Code auf einem Produktionsserver ausführen</translation>
    </message>
    <message>
        <source>Type the class name (%1) to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Klassennamen (%1) ein:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n call(s) made are listed below; the other objects were not called.</source>
        <translation>
            <numerusform>Gestoppt: Der %n erfolgte Aufruf steht unten; die anderen Objekte wurden nicht aufgerufen.</numerusform>
            <numerusform>Gestoppt: Die %n erfolgten Aufrufe stehen unten; die anderen Objekte wurden nicht aufgerufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n call(s) succeeded.</source>
        <translation>
            <numerusform>Fertig: %n Aufruf erfolgreich.</numerusform>
            <numerusform>Fertig: %n Aufrufe erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the objects stopped: %1</source>
        <translation>Das Lesen der Objekte brach ab: %1</translation>
    </message>
    <message>
        <source>Export outcomes</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Outcomes saved to %1.</source>
        <translation>Ergebnisse in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Stopping: no further call is sent; the calls on their way finish…</source>
        <translation>Wird gestoppt: Kein weiterer Aufruf wird gesendet; die laufenden Aufrufe werden beendet…</translation>
    </message>
</context>
<context>
    <name>RowScriptModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>objectId</source>
        <translation>objectId</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result or error</source>
        <translation>Resultat oder Fehler</translation>
    </message>
</context>
<context>
    <name>SavedQueryModel</name>
    <message>
        <source>all objects</source>
        <translation>alle Objekte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SchemaModel</name>
    <message>
        <source>Set by Parse Server</source>
        <translation>Von Parse Server gesetzt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>Zielklasse</translation>
    </message>
</context>
<context>
    <name>SelectionStats</name>
    <message>
        <source>Count %1 · Sum %2 · Mean %3 · Min %4 · Max %5</source>
        <translation>Anzahl %1 · Summe %2 · Mittel %3 · Min %4 · Max %5</translation>
    </message>
    <message>
        <source>Dates %1 · Earliest %2 · Latest %3</source>
        <translation>Daten %1 · Frühestes %2 · Spätestes %3</translation>
    </message>
    <message>
        <source>%1 (of loaded rows)</source>
        <translation>%1 (der geladenen Zeilen)</translation>
    </message>
</context>
<context>
    <name>ServerConfigPane</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>New parameter name</source>
        <translation>Name des neuen Parameters</translation>
    </message>
    <message>
        <source>Someone changed these parameters on the server since you loaded them. Nothing was saved: keep their values (your edits of these are dropped) or overwrite them with yours.</source>
        <translation>Jemand hat diese Parameter auf dem Server geändert, seit Sie sie geladen haben. Nichts wurde gespeichert: Behalten Sie deren Werte (Ihre Änderungen daran entfallen) oder überschreiben Sie sie mit Ihren.</translation>
    </message>
    <message>
        <source>Keep the server&apos;s values</source>
        <translation>Werte des Servers behalten</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Mit meinen überschreiben</translation>
    </message>
    <message>
        <source>Reload Parse Config</source>
        <translation>Parse Config neu laden</translation>
    </message>
    <message>
        <source>Your changes to Parse Config are not saved. Reload it and drop them?</source>
        <translation>Ihre Änderungen an Parse Config sind nicht gespeichert. Neu laden und sie verwerfen?</translation>
    </message>
    <message>
        <source>Parse Config could not be read: %1</source>
        <translation>Parse Config konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n parameter(s) changed on the server since you loaded them.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Parameter wurde auf dem Server geändert, seit Sie ihn geladen haben.</numerusform>
            <numerusform>Nicht gespeichert: %n Parameter wurden auf dem Server geändert, seit Sie sie geladen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The values before are in the undo journal (View → Undo journal).</source>
        <translation>Gespeichert. Die vorherigen Werte stehen im Rückgängig-Journal (Ansicht → Rückgängig-Journal).</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading Parse Config…</source>
        <translation>Parse Config wird gelesen…</translation>
    </message>
    <message>
        <source>Read-only: this is a production profile and its writes are locked (unlock them in the banner above).</source>
        <translation>Nur lesen: Dies ist ein Produktionsprofil, und Schreibzugriffe sind gesperrt (entsperren Sie sie im Banner oben).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved.</source>
        <translation>
            <numerusform>%n Änderung nicht gespeichert.</numerusform>
            <numerusform>%n Änderungen nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parse Config has no parameters yet: name one above, pick its type and Add it.</source>
        <translation>Parse Config hat noch keine Parameter: Benennen Sie oben einen, wählen Sie seinen Typ und fügen Sie ihn hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s). Double-click a name to rename it or a value to change it.</source>
        <translation>
            <numerusform>%n Parameter. Doppelklicken Sie auf einen Namen, um ihn umzubenennen, oder auf einen Wert, um ihn zu ändern.</numerusform>
            <numerusform>%n Parameter. Doppelklicken Sie auf einen Namen, um ihn umzubenennen, oder auf einen Wert, um ihn zu ändern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHooksPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Change &amp;URL…</source>
        <translation>&amp;URL ändern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Parse Server sends its webhookKey with every webhook call (X-Parse-Webhook-Key) so that the receiver can tell a call really comes from this server. Whether this server has a webhookKey cannot be read over REST. If it has none, it sends calls without a key and logs a warning for each: a receiver then cannot tell them from anyone else&apos;s requests. Set webhookKey (PARSE_SERVER_WEBHOOK_KEY) on the server, and check the key in the receiver.</source>
        <translation>Parse Server sendet seinen webhookKey mit jedem Webhook-Aufruf (X-Parse-Webhook-Key), damit der Empfänger erkennt, dass ein Aufruf wirklich von diesem Server kommt. Ob dieser Server einen webhookKey hat, lässt sich über REST nicht lesen. Hat er keinen, sendet er Aufrufe ohne Schlüssel und protokolliert bei jedem eine Warnung: Ein Empfänger kann sie dann nicht von Anfragen anderer unterscheiden. Setzen Sie webhookKey (PARSE_SERVER_WEBHOOK_KEY) auf dem Server und prüfen Sie den Schlüssel im Empfänger.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The webhooks could not be read: %1</source>
        <translation>Die Webhooks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No webhooks: Cloud Code functions and triggers run on the server itself. New… sends one to a URL instead.</source>
        <translation>Keine Webhooks: Cloud-Code-Funktionen und -Trigger laufen auf dem Server selbst. Neu… leitet einen stattdessen an eine URL.</translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>Auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>This production profile&apos;s writes are locked: unlock them in the banner to change webhooks.</source>
        <translation>Die Schreibzugriffe dieses Produktionsprofils sind gesperrt: Entsperren Sie sie im Banner, um Webhooks zu ändern.</translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation>Webhook wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook of %1? Calls to it then fail unless Cloud Code defines it.</source>
        <translation>Den Webhook von %1 löschen? Aufrufe schlagen dann fehl, sofern Cloud Code ihn nicht definiert.</translation>
    </message>
    <message>
        <source>Deleting the webhook…</source>
        <translation>Webhook wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>ServerInfoModel</name>
    <message>
        <source>asking…</source>
        <translation>wird erfragt…</translation>
    </message>
    <message>
        <source>These need the master key, and this connection has none.</source>
        <translation>Diese brauchen den Master-Key, und diese Verbindung hat keinen.</translation>
    </message>
    <message>
        <source>The server refuses this connection&apos;s master key (%1); it may accept it only from some addresses (masterKeyIps).</source>
        <translation>Der Server lehnt den Master-Key dieser Verbindung ab (%1); er nimmt ihn womöglich nur von bestimmten Adressen an (masterKeyIps).</translation>
    </message>
    <message>
        <source>The server did not say what it allows (/serverInfo): %1</source>
        <translation>Der Server hat nicht gesagt, was er erlaubt (/serverInfo): %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Asking the server what it allows…</source>
        <translation>Der Server wird gefragt, was er erlaubt…</translation>
    </message>
    <message>
        <source>This server does not offer Parse Config (globalConfig).</source>
        <translation>Dieser Server bietet kein Parse Config (globalConfig).</translation>
    </message>
    <message>
        <source>This server does not offer its logs (/scriptlog).</source>
        <translation>Dieser Server bietet sein Protokoll nicht an (/scriptlog).</translation>
    </message>
    <message>
        <source>This server does not offer Cloud Code jobs.</source>
        <translation>Dieser Server bietet keine Cloud-Code-Jobs.</translation>
    </message>
    <message>
        <source>This server does not offer webhooks (hooks).</source>
        <translation>Dieser Server bietet keine Webhooks (hooks).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
</context>
<context>
    <name>ServerInfoPane</name>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Parse Server version:</source>
        <translation>Parse-Server-Version:</translation>
    </message>
    <message>
        <source>Health (/health):</source>
        <translation>Zustand (/health):</translation>
    </message>
    <message>
        <source>Request budget:</source>
        <translation>Anfragebudget:</translation>
    </message>
    <message>
        <source>Request queue:</source>
        <translation>Anfragewarteschlange:</translation>
    </message>
    <message>
        <source>Not available here:</source>
        <translation>Hier nicht verfügbar:</translation>
    </message>
    <message>
        <source>What this server allows (/serverInfo):</source>
        <translation>Was dieser Server erlaubt (/serverInfo):</translation>
    </message>
    <message>
        <source>none: requests go out as they come</source>
        <translation>keins: Anfragen gehen sofort hinaus</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird erfragt…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing: every tab works</source>
        <translation>nichts: jeder Reiter funktioniert</translation>
    </message>
    <message>
        <source>not reported: Parse Server&apos;s REST API does not say whether it runs on PostgreSQL or MongoDB</source>
        <translation>nicht gemeldet: Die REST-API von Parse Server sagt nicht, ob sie auf PostgreSQL oder MongoDB läuft</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
</context>
<context>
    <name>ServerJobsPane</name>
    <message>
        <source>&amp;Run now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>Older runs</source>
        <translation>Ältere Läufe</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The job&apos;s params, a JSON object</source>
        <translation>Die Parameter des Jobs, ein JSON-Objekt</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Parse Server stores these schedules but runs none of them. &lt;code&gt;parsedesk-cli jobs run-due&lt;/code&gt;, started by cron or a systemd timer, runs each due schedule once.</source>
        <translation>Parse Server speichert diese Zeitpläne, führt aber keinen davon aus. &lt;code&gt;parsedesk-cli jobs run-due&lt;/code&gt;, von cron oder einem systemd-Timer gestartet, führt jeden fälligen Zeitplan einmal aus.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Params:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Die Läufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>Auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The jobs and schedules could not be read: %1</source>
        <translation>Die Jobs und Zeitpläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This server&apos;s Cloud Code defines no jobs (Parse.Cloud.job).</source>
        <translation>Der Cloud Code dieses Servers definiert keine Jobs (Parse.Cloud.job).</translation>
    </message>
    <message>
        <source>This production profile&apos;s writes are locked: unlock them in the banner to run jobs or change schedules.</source>
        <translation>Die Schreibzugriffe dieses Produktionsprofils sind gesperrt: Entsperren Sie sie im Banner, um Jobs auszuführen oder Zeitpläne zu ändern.</translation>
    </message>
    <message>
        <source>The params must be a JSON object.</source>
        <translation>Die Parameter müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>%1 started (run %2).</source>
        <translation>%1 gestartet (Lauf %2).</translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation>Zeitplan wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <source>Delete this schedule of %1? The job itself stays.</source>
        <translation>Diesen Zeitplan von %1 löschen? Der Job selbst bleibt.</translation>
    </message>
    <message>
        <source>Deleting the schedule…</source>
        <translation>Zeitplan wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>ServerLogModel</name>
    <message>
        <source>This connection&apos;s key may not read the server&apos;s log (%1). Reading it needs the master key, accepted from this address.</source>
        <translation>Der Schlüssel dieser Verbindung darf das Serverprotokoll nicht lesen (%1). Dazu braucht es den Master-Key, von dieser Adresse aus akzeptiert.</translation>
    </message>
    <message>
        <source>The server could not read its log (%1). Parse Server reads only its file logger (logsFolder); a server without one has no log to show here.</source>
        <translation>Der Server konnte sein Protokoll nicht lesen (%1). Parse Server liest nur seinen Datei-Logger (logsFolder); ein Server ohne ihn hat hier kein Protokoll zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n line(s))</source>
        <translation>
            <numerusform>%1 (+%n Zeile)</numerusform>
            <numerusform>%1 (+%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ServerLogPane</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Info and errors</source>
        <translation>Info und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>The newest this many entries of the time range</source>
        <translation>Die neuesten so vielen Einträge des Zeitraums</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Show new entries as they come (the server is asked every %1 s)</source>
        <translation>Neue Einträge zeigen, sobald sie kommen (der Server wird alle %1 s gefragt)</translation>
    </message>
    <message>
        <source>Filter the messages</source>
        <translation>Meldungen filtern</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>The selected entry in full, with its stack trace</source>
        <translation>Der gewählte Eintrag vollständig, mit seinem Stacktrace</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s log…</source>
        <translation>Das Serverprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>No log entries of this level in this time range.</source>
        <translation>Keine Protokolleinträge dieser Stufe in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match the filter.</source>
        <translation>
            <numerusform>%1 von %n Eintrag passen zum Filter.</numerusform>
            <numerusform>%1 von %n Einträgen passen zum Filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Following: new entries appear as they come.</source>
        <translation>Verfolgen: Neue Einträge erscheinen, sobald sie kommen.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The server URL is not valid; it looks like http://host:1337/parse.</source>
        <translation>Die Server-URL ist ungültig; sie sieht so aus: http://host:1337/parse.</translation>
    </message>
    <message>
        <source>The server URL must start with http:// or https://.</source>
        <translation>Die Server-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The application id is required.</source>
        <translation>Die Anwendungs-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 10000.</source>
        <translation>Die Batch-Größe muss zwischen 1 und 10000 liegen.</translation>
    </message>
    <message>
        <source>Request budget: %1</source>
        <translation>Anfragebudget: %1</translation>
    </message>
    <message>
        <source>The trusted certificate must be a SHA-256 fingerprint: 64 hex digits, colons optional.</source>
        <translation>Das vertrauenswürdige Zertifikat muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte optional.</translation>
    </message>
    <message>
        <source>The application id contains a control character (a line break, say).</source>
        <translation>Die Anwendungs-ID enthält ein Steuerzeichen (etwa einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>The REST API key contains a control character (a line break, say).</source>
        <translation>Der REST-API-Schlüssel enthält ein Steuerzeichen (etwa einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>The client key contains a control character (a line break, say).</source>
        <translation>Der Client-Schlüssel enthält ein Steuerzeichen (etwa einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>The master key contains a control character (a line break, say).</source>
        <translation>Der Master-Schlüssel enthält ein Steuerzeichen (etwa einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>(no installation)</source>
        <translation>(keine Installation)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Created with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>The desktop&apos;s own style and colours</source>
        <translation>Stil und Farben des Desktops</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkle Schrift auf hellem Grund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Helle Schrift auf dunklem Grund</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5.</source>
        <translation>Zertifikat für %1, ausgestellt von %2, gültig von %3 bis %4, SHA-256 %5.</translation>
    </message>
</context>
<context>
    <name>UndoEntry</name>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n erstellt</numerusform>
            <numerusform>%n erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>not an undo journal entry (version 1 with id, time and operations)</source>
        <translation>kein Eintrag des Rückgängig-Journals (Version 1 mit id, time und operations)</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Not sent: the undo journal could not store the snapshot (%1).</source>
        <translation>Nicht gesendet: Das Rückgängig-Journal konnte den Snapshot nicht speichern (%1).</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>%1 Not sent: the undo journal keeps a copy of the objects a write changes, and could not read them.</source>
        <translation>%1 Nicht gesendet: Das Rückgängig-Journal bewahrt eine Kopie der Objekte auf, die ein Schreibvorgang ändert, und konnte sie nicht lesen.</translation>
    </message>
</context>
<context>
    <name>UndoPlan</name>
    <message>
        <source>%1: the relations %2 are not restored (a relation is not a value; its links are kept in a join table that deleting the object emptied).</source>
        <translation>%1: Die Relationen %2 werden nicht wiederhergestellt (eine Relation ist kein Wert; ihre Verknüpfungen liegen in einer Join-Tabelle, die beim Löschen des Objekts geleert wurde).</translation>
    </message>
    <message>
        <source>A create in %1 may have been applied (its answer was lost); find and delete that object by hand if it exists.</source>
        <translation>Ein Erstellen in %1 wurde möglicherweise ausgeführt (die Antwort ging verloren); dieses Objekt von Hand suchen und löschen, falls es existiert.</translation>
    </message>
    <message>
        <source>%1 %2: no snapshot was taken (it could not be read), so it cannot be created again.</source>
        <translation>%1 %2: Es wurde kein Snapshot erstellt (das Objekt konnte nicht gelesen werden), daher kann es nicht neu erstellt werden.</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists (deleted since); its changes are not undone.</source>
        <translation>%1 %2 existiert nicht mehr (inzwischen gelöscht); seine Änderungen werden nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 %2 was changed again after this write (updatedAt %3); undo overwrites the fields this write changed.</source>
        <translation>%1 %2 wurde nach diesem Schreibvorgang erneut geändert (updatedAt %3); das Rückgängigmachen überschreibt die Felder, die dieser Schreibvorgang geändert hat.</translation>
    </message>
    <message>
        <source>Re-created objects get a new createdAt and updatedAt: the server sets them and they cannot be written back.</source>
        <translation>Neu erstellte Objekte erhalten neue Werte für createdAt und updatedAt: Der Server setzt sie, und sie können nicht zurückgeschrieben werden.</translation>
    </message>
    <message>
        <source>%1: a user&apos;s password cannot be read and the journal keeps no authData, so the re-created user has neither; set a password before the user logs in.</source>
        <translation>%1: Das Passwort eines Benutzers lässt sich nicht lesen, und das Journal speichert keine authData, daher hat der neu erstellte Benutzer keines von beiden; ein Passwort setzen, bevor sich der Benutzer anmeldet.</translation>
    </message>
    <message>
        <source>%1 %2: this entry set %3, which the journal does not keep; undo cannot restore the old value.</source>
        <translation>%1 %2: Dieser Eintrag hat %3 gesetzt, was das Journal nicht speichert; das Rückgängigmachen kann den alten Wert nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>%1: the class-level permissions before this write could not be read, so they cannot be restored.</source>
        <translation>%1: Die Klassenberechtigungen vor diesem Schreibvorgang konnten nicht gelesen werden und lassen sich daher nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n operation(s) applied</source>
        <translation>
            <numerusform>Rückgängig: %n Operation angewendet</numerusform>
            <numerusform>Rückgängig: %n Operationen angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 was re-created as %3: the server does not accept custom object ids (allowCustomObjectId), so its objectId changed.</source>
        <translation>%1 %2 wurde als %3 neu erstellt: Der Server akzeptiert keine eigenen Objekt-IDs (allowCustomObjectId), daher hat sich seine objectId geändert.</translation>
    </message>
    <message>
        <source>  No pointers found that refer to %1.</source>
        <translation>  Keine Pointer gefunden, die auf %1 verweisen.</translation>
    </message>
    <message>
        <source>  Still points to %1: %2</source>
        <translation>  Zeigt noch auf %1: %2</translation>
    </message>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>Es gibt keinen Journal-Eintrag %1.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Pointers to the old ids were not searched: %1</source>
        <translation>Pointer auf die alten IDs wurden nicht gesucht: %1</translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>%1 konnte nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>UserAccount</name>
    <message>
        <source>%1: (redacted)</source>
        <translation>%1: (geschwärzt)</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>no user has the username &apos;%1&apos;</source>
        <translation>kein Benutzer hat den Benutzernamen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>POST /loginAs answered without a session token</source>
        <translation>POST /loginAs antwortete ohne Sitzungstoken</translation>
    </message>
</context>
<context>
    <name>ViewAsBar</name>
    <message>
        <source>Master key (everything)</source>
        <translation>Master-Key (alles)</translation>
    </message>
    <message>
        <source>Anonymous (REST key only)</source>
        <translation>Anonym (nur REST-Key)</translation>
    </message>
    <message>
        <source>A user…</source>
        <translation>Ein Benutzer…</translation>
    </message>
    <message>
        <source>Show the objects as this principal gets them: its class-level permissions, ACLs and protected fields apply</source>
        <translation>Die Objekte so zeigen, wie dieser Berechtigte sie erhält: Klassenberechtigungen, ACLs und geschützte Felder gelten</translation>
    </message>
    <message>
        <source>View as:</source>
        <translation>Ansehen als:</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Read-only: no master key and no user, as an app before anyone logs in.</source>
        <translation>Nur lesen: kein Master-Key und kein Benutzer, wie eine App, bevor sich jemand anmeldet.</translation>
    </message>
    <message>
        <source>Viewing as a user takes a session for it with the master key (POST /loginAs): add the master key to this connection.</source>
        <translation>Die Ansicht als Benutzer holt mit dem Master-Key eine Sitzung für ihn (POST /loginAs): Fügen Sie den Master-Key dieser Verbindung hinzu.</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Cannot view as %1: %2</source>
        <translation>Ansicht als %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Read-only, as %1 (no roles) through a session that is revoked when the view changes.</source>
        <translation>Nur lesen, als %1 (keine Rollen) über eine Sitzung, die beim Wechsel der Ansicht widerrufen wird.</translation>
    </message>
    <message>
        <source>Read-only, as %1 (roles: %2) through a session that is revoked when the view changes.</source>
        <translation>Nur lesen, als %1 (Rollen: %2) über eine Sitzung, die beim Wechsel der Ansicht widerrufen wird.</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Nebeneinander…</translation>
    </message>
    <message>
        <source>Every object as the master key sees it beside this view: which ones this principal gets, and why not the others</source>
        <translation>Jedes Objekt, wie der Master-Key es sieht, neben dieser Ansicht: welche dieser Prinzipal bekommt und warum nicht die anderen</translation>
    </message>
</context>
<context>
    <name>ViewAsCompareDialog</name>
    <message>
        <source>Reading %1 with the master key and as the viewer…</source>
        <translation>%1 wird mit dem Master-Key und als Betrachter gelesen…</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>%1 as %2 beside the master key</source>
        <translation>%1 als %2 neben dem Master-Key</translation>
    </message>
    <message>
        <source>Could not read %1 with the master key: %2</source>
        <translation>%1 konnte mit dem Master-Key nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) visible, %2 hidden.</source>
        <translation>
            <numerusform>%1 von %n Objekt sichtbar, %2 verborgen.</numerusform>
            <numerusform>%1 von %n Objekten sichtbar, %2 verborgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fields are protected from this viewer.</source>
        <translation>Vor diesem Betrachter sind keine Felder geschützt.</translation>
    </message>
    <message>
        <source>Protected fields (left out of every object): %1.</source>
        <translation>Geschützte Felder (in jedem Objekt ausgelassen): %1.</translation>
    </message>
    <message>
        <source>Left out by the server: %1.</source>
        <translation>Vom Server ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Only the first %1 objects by objectId are compared.</source>
        <translation>Nur die ersten %1 Objekte nach objectId werden verglichen.</translation>
    </message>
</context>
<context>
    <name>ViewComparisonModel</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>visible, though %1 (a rule this check does not know, e.g. a role inherited through a parent role)</source>
        <translation>sichtbar, obwohl %1 (eine Regel, die diese Prüfung nicht kennt, z. B. eine über eine Elternrolle geerbte Rolle)</translation>
    </message>
    <message>
        <source>the server refused the find</source>
        <translation>der Server hat die Suche verweigert</translation>
    </message>
    <message>
        <source>hidden by the server for a reason the CLP and ACL do not show (a beforeFind trigger, or more objects than compared)</source>
        <translation>vom Server verborgen, aus einem Grund, den CLP und ACL nicht zeigen (ein beforeFind-Trigger oder mehr Objekte als verglichen)</translation>
    </message>
    <message>
        <source>objectId</source>
        <translation>objectId</translation>
    </message>
    <message>
        <source>As the viewer</source>
        <translation>Als Betrachter</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ViewerAccess</name>
    <message>
        <source>As %1</source>
        <translation>Als %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Anonymous (no master key, no user)</source>
        <translation>Anonym (kein Master-Key, kein Benutzer)</translation>
    </message>
    <message>
        <source>%1: the server refuses to find objects of %2: its class-level permissions let only logged-in users find them (requiresAuthentication). The table stays empty.</source>
        <translation>%1: Der Server verweigert die Suche nach Objekten von %2: Seine Klassenberechtigungen erlauben sie nur angemeldeten Benutzern (requiresAuthentication). Die Tabelle bleibt leer.</translation>
    </message>
    <message>
        <source>%1: the server refuses to find objects of %2: its class-level permissions do not give find to the public, to this user or to any of its roles. The table stays empty.</source>
        <translation>%1: Der Server verweigert die Suche nach Objekten von %2: Seine Klassenberechtigungen geben find weder der Öffentlichkeit noch diesem Benutzer noch einer seiner Rollen. Die Tabelle bleibt leer.</translation>
    </message>
    <message>
        <source>%1: only the objects of %2 whose field %3 points to this user are found (pointer permissions).</source>
        <translation>%1: Nur die Objekte von %2, deren Feld %3 auf diesen Benutzer zeigt, werden gefunden (Zeigerberechtigungen).</translation>
    </message>
    <message>
        <source>CLP: find is not allowed for this viewer</source>
        <translation>CLP: find ist für diesen Betrachter nicht erlaubt</translation>
    </message>
    <message>
        <source>pointer permission: %1 does not point to this user</source>
        <translation>Pointer-Berechtigung: %1 zeigt nicht auf diesen Benutzer</translation>
    </message>
    <message>
        <source>ACL: no public read</source>
        <translation>ACL: kein öffentliches Lesen</translation>
    </message>
    <message>
        <source>ACL: no read for this user or any of its roles</source>
        <translation>ACL: kein Lesen für diesen Benutzer oder eine seiner Rollen</translation>
    </message>
</context>
<context>
    <name>Webhook</name>
    <message>
        <source>Give either a function name or a class and a trigger.</source>
        <translation>Geben Sie entweder einen Funktionsnamen oder eine Klasse und einen Trigger an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a trigger Parse Server knows (%2).</source>
        <translation>&apos;%1&apos; ist kein Trigger, den Parse Server kennt (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL.</source>
        <translation>&apos;%1&apos; ist keine http- oder https-URL.</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>Change webhook URL</source>
        <translation>Webhook-URL ändern</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Cloud Code function name</source>
        <translation>Name der Cloud-Code-Funktion</translation>
    </message>
    <message>
        <source>Class, e.g. GameScore or @Connect</source>
        <translation>Klasse, z. B. GameScore oder @Connect</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
</context>
<context>
    <name>WebhookModel</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Function or class</source>
        <translation>Funktion oder Klasse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--connect-env: %1 (set PARSE_SERVER_URL and PARSE_APP_ID)</source>
        <translation>--connect-env: %1 (PARSE_SERVER_URL und PARSE_APP_ID setzen)</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Desktop admin client for Parse Server</source>
        <translation>Desktop-Administrationsclient für Parse Server</translation>
    </message>
    <message>
        <source>Create or update the connection &lt;name&gt; from PARSE_SERVER_URL, PARSE_APP_ID, PARSE_REST_KEY, PARSE_CLIENT_KEY and PARSE_MASTER_KEY, and connect to it.</source>
        <translation>Die Verbindung &lt;Name&gt; aus PARSE_SERVER_URL, PARSE_APP_ID, PARSE_REST_KEY, PARSE_CLIENT_KEY und PARSE_MASTER_KEY anlegen oder aktualisieren und mit ihr verbinden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once the class list has loaded (at most 8 s), then quit.</source>
        <translation>Ein PNG des Hauptfensters nach &lt;Datei&gt; speichern, sobald die Klassenliste geladen ist (höchstens 8 s), dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Keep settings, the undo journal and saved queries in parsedesk-data next to the executable (also PARSEDESK_PORTABLE=1).</source>
        <translation>Einstellungen, Rückgängig-Journal und gespeicherte Abfragen in parsedesk-data neben dem Programm ablegen (auch PARSEDESK_PORTABLE=1).</translation>
    </message>
</context>
</TS>
