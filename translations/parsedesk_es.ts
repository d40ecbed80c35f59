<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ParseDesk</source>
        <translation>Acerca de ParseDesk</translation>
    </message>
    <message>
        <source>A desktop admin client for Parse Server: connections, classes, queries, batches and the requests behind them.</source>
        <translation>Un cliente de administración de escritorio para Parse Server: conexiones, clases, consultas, lotes y las peticiones que hay detrás.</translation>
    </message>
    <message>
        <source>What ships with ParseDesk, and its license</source>
        <translation>Lo que se distribuye con ParseDesk, y su licencia</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Qt&lt;/a&gt;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/simdjson/simdjson&quot;&gt;simdjson&lt;/a&gt;: Apache 2.0 or MIT&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Qt&lt;/a&gt;: GNU LGPL versión 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/simdjson/simdjson&quot;&gt;simdjson&lt;/a&gt;: Apache 2.0 o MIT&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>ParseDesk %1</source>
        <translation>ParseDesk %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>Correo verificado</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Establecer contraseña…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Show effective users</source>
        <translation>Mostrar usuarios efectivos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Revocar todas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Child roles (their users have this role too)</source>
        <translation>Roles hijos (sus usuarios también tienen este rol)</translation>
    </message>
    <message>
        <source>%1 · email: %2 · objectId %3</source>
        <translation>%1 · correo: %2 · objectId %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Linked sign-ins (authData): none</source>
        <translation>Inicios de sesión vinculados (authData): ninguno</translation>
    </message>
    <message>
        <source>Linked sign-ins (authData), credentials redacted:
%1</source>
        <translation>Inicios de sesión vinculados (authData), credenciales ocultas:
%1</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Role members saved</source>
        <translation>Miembros del rol guardados</translation>
    </message>
    <message>
        <source>Reading the role and its child roles…</source>
        <translation>Leyendo el rol y sus roles hijos…</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (a través de %2)</translation>
    </message>
    <message>
        <source>No user has this role.</source>
        <translation>Ningún usuario tiene este rol.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked</source>
        <translation>
            <numerusform>%n sesión revocada</numerusform>
            <numerusform>%n sesiones revocadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>A role&apos;s members are users and child roles: every user of a child role has this role too. Changes go through the role&apos;s users and roles relations (AddRelation, RemoveRelation) and can be undone from the journal.</source>
        <translation>Los miembros de un rol son usuarios y roles hijos: cada usuario de un rol hijo también tiene este rol. Los cambios pasan por las relaciones users y roles del rol (AddRelation, RemoveRelation) y se pueden deshacer desde el diario.</translation>
    </message>
    <message>
        <source>Choose a user to set their password, mark their email verified or revoke their sessions. A new password is typed twice and kept nowhere.</source>
        <translation>Elija un usuario para establecer su contraseña, marcar su correo como verificado o revocar sus sesiones. Una contraseña nueva se escribe dos veces y no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>Choose a user to see their sessions (one per logged-in device) and revoke one or all of them, which logs those devices out.</source>
        <translation>Elija un usuario para ver sus sesiones (una por dispositivo conectado) y revocar una o todas, lo que cierra la sesión en esos dispositivos.</translation>
    </message>
    <message>
        <source>Choose role…</source>
        <translation>Elegir rol…</translation>
    </message>
    <message>
        <source>Choose user…</source>
        <translation>Elegir usuario…</translation>
    </message>
    <message>
        <source>No role chosen.</source>
        <translation>Ningún rol elegido.</translation>
    </message>
    <message>
        <source>No user chosen.</source>
        <translation>Ningún usuario elegido.</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Users, roles and sessions need the master key; this connection has none.</source>
        <translation>Usuarios, roles y sesiones necesitan la clave maestra; esta conexión no la tiene.</translation>
    </message>
    <message>
        <source>Read-only: this production connection&apos;s writes are locked.</source>
        <translation>Solo lectura: las escrituras de esta conexión de producción están bloqueadas.</translation>
    </message>
    <message>
        <source>Role not added</source>
        <translation>Rol no añadido</translation>
    </message>
    <message>
        <source>A role cannot be its own child role.</source>
        <translation>Un rol no puede ser su propio rol hijo.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Revocar sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s) of %1? Those devices are logged out.</source>
        <translation>
            <numerusform>¿Revocar %n sesión de %1? Ese dispositivo cierra la sesión.</numerusform>
            <numerusform>¿Revocar %n sesiones de %1? Esos dispositivos cierran la sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>AclDialog</name>
    <message>
        <source>Add role…</source>
        <translation>Añadir rol…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Nobody is in this ACL: only the master key can read or change the object.</source>
        <translation>Nadie figura en esta ACL: solo la clave maestra puede leer o cambiar el objeto.</translation>
    </message>
</context>
<context>
    <name>AclModel</name>
    <message>
        <source>Public (*)</source>
        <translation>Público (*)</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rol %1</translation>
    </message>
    <message>
        <source>User %1 (%2)</source>
        <translation>Usuario %1 (%2)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
</context>
<context>
    <name>BatchBodyPane</name>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Edit this query (where, order, paging, keys, include, count) with the query builder</source>
        <translation>Editar esta consulta (where, order, paginación, keys, include, count) con el editor de consultas</translation>
    </message>
    <message>
        <source>Query &amp;builder…</source>
        <translation>E&amp;ditor de consultas…</translation>
    </message>
    <message>
        <source>The body of the selected operation: a JSON object, or empty</source>
        <translation>El cuerpo de la operación seleccionada: un objeto JSON, o vacío</translation>
    </message>
    <message>
        <source>Body of #%1: %2 %3</source>
        <translation>Cuerpo de #%1: %2 %3</translation>
    </message>
    <message>
        <source>The query builder can&apos;t open this body: %1</source>
        <translation>El editor de consultas no puede abrir este cuerpo: %1</translation>
    </message>
    <message>
        <source>Edit query #%1</source>
        <translation>Editar consulta #%1</translation>
    </message>
    <message>
        <source>The body must be a JSON object: {&quot;field&quot;: value}</source>
        <translation>El cuerpo debe ser un objeto JSON: {&quot;field&quot;: value}</translation>
    </message>
</context>
<context>
    <name>BatchCall</name>
    <message>
        <source>the batch reply has %1 items for %2 operations</source>
        <translation>la respuesta del lote tiene %1 elementos para %2 operaciones</translation>
    </message>
    <message>
        <source>the batch reply item is neither success nor error</source>
        <translation>el elemento de la respuesta del lote no es ni un éxito ni un error</translation>
    </message>
    <message>
        <source>Rolled back, nothing of this transaction was applied: %1</source>
        <translation>Revertida, no se aplicó nada de esta transacción: %1</translation>
    </message>
</context>
<context>
    <name>BatchComposer</name>
    <message>
        <source>&amp;Add operation…</source>
        <translation>Añadir &amp;operación…</translation>
    </message>
    <message>
        <source>Add an operation with a form: create, update, delete, query or a field operation</source>
        <translation>Añadir una operación con un formulario: crear, actualizar, eliminar, consultar o una operación de campo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected operations (Delete)</source>
        <translation>Quitar las operaciones seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected operation up</source>
        <translation>Subir la operación seleccionada</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected operation down</source>
        <translation>Bajar la operación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open a batch document (.json); the arrow lists the examples</source>
        <translation>Abrir un documento de lote (.json); la flecha muestra los ejemplos</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the operations as a batch document (.json)</source>
        <translation>Guardar las operaciones como documento de lote (.json)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>No operations yet</source>
        <translation>Aún no hay operaciones</translation>
    </message>
    <message>
        <source>A batch sends many operations in one request and answers each one on its own. Add an operation with the forms, or open a batch file (.json) – the examples show the shape.</source>
        <translation>Un lote envía muchas operaciones en una sola petición y responde a cada una por separado. Añada una operación con los formularios o abra un archivo de lote (.json) – los ejemplos muestran la estructura.</translation>
    </message>
    <message>
        <source>Add an operation…</source>
        <translation>Añadir una operación…</translation>
    </message>
    <message>
        <source>Open a batch file…</source>
        <translation>Abrir un archivo de lote…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Abrir el ejemplo</translation>
    </message>
    <message>
        <source>Double-click a method or path to edit it; the body is edited beside the table</source>
        <translation>Haga doble clic en un método o una ruta para editarlo; el cuerpo se edita junto a la tabla</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Transaction</source>
        <translation>Tra&amp;nsacción</translation>
    </message>
    <message>
        <source>All or nothing: the operations go as one batch, and if one fails none is applied (needs Postgres or a MongoDB replica set)</source>
        <translation>Todo o nada: las operaciones van en un solo lote y, si una falla, no se aplica ninguna (requiere Postgres o un replica set de MongoDB)</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>Operations per /batch request; larger batches are split into requests of this size</source>
        <translation>Operaciones por petición /batch; los lotes más grandes se dividen en peticiones de este tamaño</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send nothing further; batches already on their way finish and are reported</source>
        <translation>No enviar nada más; los lotes ya en camino terminan y se informa de ellos</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Create an object…</source>
        <translation>&amp;Crear un objeto…</translation>
    </message>
    <message>
        <source>&amp;Update an object…</source>
        <translation>&amp;Actualizar un objeto…</translation>
    </message>
    <message>
        <source>&amp;Delete an object…</source>
        <translation>&amp;Eliminar un objeto…</translation>
    </message>
    <message>
        <source>&amp;Query a class…</source>
        <translation>Co&amp;nsultar una clase…</translation>
    </message>
    <message>
        <source>&amp;Field operation (Increment, Add, relations…)…</source>
        <translation>&amp;Operación de campo (Increment, Add, relaciones…)…</translation>
    </message>
    <message>
        <source>&amp;Blank operation</source>
        <translation>Operación &amp;vacía</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>Copiar como %1</translation>
    </message>
    <message>
        <source>Copied as %1, with the keys.</source>
        <translation>Copiado como %1, con las claves.</translation>
    </message>
    <message>
        <source>Batch cancelled: %1 succeeded, %2 failed, %3 not sent.</source>
        <translation>Lote cancelado: %1 correctas, %2 fallidas, %3 sin enviar.</translation>
    </message>
    <message>
        <source>Batch finished: %1 succeeded, %2 failed.</source>
        <translation>Lote terminado: %1 correctas, %2 fallidas.</translation>
    </message>
    <message>
        <source>Sending %1 of %2 operations…</source>
        <translation>Enviando %1 de %2 operaciones…</translation>
    </message>
    <message>
        <source>Not connected: connect to a server to send.</source>
        <translation>Sin conexión: conéctese a un servidor para enviar.</translation>
    </message>
    <message>
        <source>Add an operation or open a batch file to send.</source>
        <translation>Añada una operación o abra un archivo de lote para enviar.</translation>
    </message>
    <message>
        <source>The JSON tab has an error: %1</source>
        <translation>La pestaña JSON tiene un error: %1</translation>
    </message>
    <message>
        <source>Fix before sending: %1</source>
        <translation>Corrija antes de enviar: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Revise: %1</translation>
    </message>
    <message>
        <source>%1 (more: %2)</source>
        <translation>%1 (más: %2)</translation>
    </message>
    <message>
        <source>Ready to send: operations: %1, all or nothing in one request.</source>
        <translation>Listo para enviar: operaciones: %1, todo o nada en una petición.</translation>
    </message>
    <message>
        <source>Ready to send: operations: %1, requests: %2 (up to %3 operations each).</source>
        <translation>Listo para enviar: operaciones: %1, peticiones: %2 (hasta %3 operaciones cada una).</translation>
    </message>
    <message>
        <source>&amp;Copy as curl</source>
        <translation>Copiar como &amp;curl</translation>
    </message>
    <message>
        <source>Copy the batch as a curl command; the arrow offers Lua for Roblox and JavaScript</source>
        <translation>Copiar el lote como comando curl; la flecha ofrece Lua para Roblox y JavaScript</translation>
    </message>
    <message>
        <source>%1: sending %2 operations.</source>
        <translation>%1: enviando %2 operaciones.</translation>
    </message>
    <message>
        <source>This production connection is read-only until writes are unlocked; only GET operations can be sent.</source>
        <translation>Esta conexión de producción es de solo lectura hasta que se desbloquee la escritura; solo se pueden enviar operaciones GET.</translation>
    </message>
    <message>
        <source>Send s&amp;elected</source>
        <translation>Enviar s&amp;elección</translation>
    </message>
    <message>
        <source>Send only the operations selected in the table</source>
        <translation>Enviar solo las operaciones seleccionadas en la tabla</translation>
    </message>
    <message>
        <source>Include the keys (instead of placeholders)</source>
        <translation>Incluir las claves (en lugar de marcadores)</translation>
    </message>
    <message>
        <source>Copied as %1; put the real keys in place of %2 before running it.</source>
        <translation>Copiado como %1; ponga las claves reales en lugar de %2 antes de ejecutarlo.</translation>
    </message>
    <message>
        <source>Copied as %1; it holds no keys.</source>
        <translation>Copiado como %1; no contiene claves.</translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome: use Check on server.</source>
        <translation>
            <numerusform>%n con resultado desconocido: use «Comprobar en el servidor».</numerusform>
            <numerusform>%n con resultado desconocido: use «Comprobar en el servidor».</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the operations to the server (%1)</source>
        <translation>Enviar las operaciones al servidor (%1)</translation>
    </message>
</context>
<context>
    <name>BatchDocument</name>
    <message>
        <source>Not valid JSON at %1</source>
        <translation>JSON no válido en %1</translation>
    </message>
    <message>
        <source>The document needs a &quot;requests&quot; array: {&quot;requests&quot;:[{&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/classes/Room&quot;,&quot;body&quot;:{...}}]}</source>
        <translation>El documento necesita un array &quot;requests&quot;: {&quot;requests&quot;:[{&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/classes/Room&quot;,&quot;body&quot;:{...}}]}</translation>
    </message>
    <message>
        <source>&quot;transaction&quot; must be true or false</source>
        <translation>&quot;transaction&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>requests[%1] must be an object with method, path and body</source>
        <translation>requests[%1] debe ser un objeto con method, path y body</translation>
    </message>
    <message>
        <source>requests[%1] needs &quot;method&quot; and &quot;path&quot; strings</source>
        <translation>requests[%1] necesita las cadenas &quot;method&quot; y &quot;path&quot;</translation>
    </message>
    <message>
        <source>#%1 method: &quot;%2&quot; is not GET, POST, PUT or DELETE</source>
        <translation>#%1 method: &quot;%2&quot; no es GET, POST, PUT ni DELETE</translation>
    </message>
    <message>
        <source>#%1 body: must be a JSON object</source>
        <translation>#%1 body: debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>#%1 body: %2 needs a body object</source>
        <translation>#%1 body: %2 necesita un objeto body</translation>
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
        <translation>¿Reemplazar las operaciones?</translation>
    </message>
    <message>
        <source>The composer holds unsaved operations (%1). Replace them?</source>
        <translation>El editor de lotes contiene operaciones sin guardar (%1). ¿Reemplazarlas?</translation>
    </message>
    <message>
        <source>Open batch document</source>
        <translation>Abrir documento de lote</translation>
    </message>
    <message>
        <source>Batch documents (*.json);;All files (*)</source>
        <translation>Documentos de lote (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is not a batch document ParseDesk can read:
%2</source>
        <translation>%1 no es un documento de lote que ParseDesk pueda leer:
%2</translation>
    </message>
    <message>
        <source>Opened %1 (operations: %2).</source>
        <translation>Se abrió %1 (operaciones: %2).</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Abrir ejemplo</translation>
    </message>
    <message>
        <source>Save batch document</source>
        <translation>Guardar documento de lote</translation>
    </message>
    <message>
        <source>Batch documents (*.json)</source>
        <translation>Documentos de lote (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>BatchDocumentPane</name>
    <message>
        <source>The whole batch document, as POST /batch takes it. Edits apply to the operations as soon as the text is valid; while it is not, the table keeps its operations.</source>
        <translation>El documento de lote completo, tal como lo recibe POST /batch. Los cambios se aplican a las operaciones en cuanto el texto es válido; mientras no lo sea, la tabla conserva sus operaciones.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>#%1 path: the server has no class %2 (a POST would create it)</source>
        <translation>#%1 path: el servidor no tiene la clase %2 (un POST la crearía)</translation>
    </message>
    <message>
        <source>#%1 body: %2 has no field &quot;%3&quot;%4</source>
        <translation>#%1 body: %2 no tiene el campo &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (Parse would add it)</source>
        <translation> (Parse lo añadiría)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>rows: %1, count: %2</source>
        <translation>filas: %1, recuento: %2</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>filas: %1</translation>
    </message>
    <message>
        <source>failed (edited)</source>
        <translation>fallida (editada)</translation>
    </message>
    <message>
        <source>outcome unknown (edited)</source>
        <translation>resultado desconocido (editada)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
</context>
<context>
    <name>BatchPath</name>
    <message>
        <source>&quot;%1&quot; must start with /, e.g. /classes/Room</source>
        <translation>«%1» debe empezar por /, p. ej. /classes/Room</translation>
    </message>
    <message>
        <source>query parameters go in the body of a batch operation, not in the path</source>
        <translation>los parámetros de consulta van en el cuerpo de una operación del lote, no en la ruta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (// or a / at the end)</source>
        <translation>«%1» tiene un segmento vacío (// o una / al final)</translation>
    </message>
    <message>
        <source>segment %1 is not valid percent-encoding (%XX of UTF-8 bytes)</source>
        <translation>el segmento %1 no es una codificación porcentual válida (%XX de bytes UTF-8)</translation>
    </message>
    <message>
        <source>segment %1 contains a control character</source>
        <translation>el segmento %1 contiene un carácter de control</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;%2&quot; segment, which the server would resolve to another path</source>
        <translation>«%1» tiene un segmento «%2», que el servidor resolvería a otra ruta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with %2, which is not this server&apos;s mount (%3): write %4, and ParseDesk adds the mount</source>
        <translation>«%1» empieza por %2, que no es la ruta de montaje de este servidor (%3): escriba %4 y ParseDesk añadirá la ruta de montaje</translation>
    </message>
    <message>
        <source>it is mounted at /</source>
        <translation>está montado en /</translation>
    </message>
    <message>
        <source>a batch can&apos;t contain another batch</source>
        <translation>un lote no puede contener otro lote</translation>
    </message>
    <message>
        <source>files are not served in a batch; upload or read each file on its own</source>
        <translation>un lote no admite archivos; suba o lea cada archivo por separado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Parse Server route (e.g. /classes/Room, /users, /functions/name)</source>
        <translation>«%1» no es una ruta de Parse Server (p. ej. /classes/Room, /users, /functions/name)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Parse Server route; use %2</source>
        <translation>«%1» no es una ruta de Parse Server; use %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 %2 is not a route; it takes %3</source>
        <translation>%1 %2 no es una ruta; métodos admitidos: %3</translation>
    </message>
</context>
<context>
    <name>BatchResultsPane</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Failed only</source>
        <translation>Solo &amp;fallidas</translation>
    </message>
    <message>
        <source>Show only the operations that failed, whose outcome is unknown, or that were not sent</source>
        <translation>Mostrar solo las operaciones que fallaron, cuyo resultado es desconocido o que no se enviaron</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <source>Send again only the operations that failed or were not sent, edited ones included</source>
        <translation>Volver a enviar solo las operaciones que fallaron o no se enviaron, incluidas las editadas</translation>
    </message>
    <message>
        <source>C&amp;heck on server</source>
        <translation>Com&amp;probar en el servidor</translation>
    </message>
    <message>
        <source>Read back the objects that operations with an unknown outcome target, and settle what their state tells: applied, or not applied and safe to send again</source>
        <translation>Volver a leer los objetos a los que se dirigen las operaciones con resultado desconocido y resolver según su estado: aplicadas, o no aplicadas y seguras de volver a enviar</translation>
    </message>
    <message>
        <source>Re-run &amp;all</source>
        <translation>Reenviar &amp;todas</translation>
    </message>
    <message>
        <source>Send every operation again</source>
        <translation>Volver a enviar todas las operaciones</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the results as CSV; the arrow offers JSON</source>
        <translation>Guardar los resultados como CSV; la flecha ofrece JSON</translation>
    </message>
    <message>
        <source>One row per operation: its outcome, and what the server answered</source>
        <translation>Una fila por operación: su resultado y lo que respondió el servidor</translation>
    </message>
    <message>
        <source>Select a result to see the server&apos;s answer</source>
        <translation>Seleccione un resultado para ver la respuesta del servidor</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Resultados como &amp;CSV…</translation>
    </message>
    <message>
        <source>Results as &amp;JSON…</source>
        <translation>Resultados como &amp;JSON…</translation>
    </message>
    <message>
        <source>Could not read the objects back: %1</source>
        <translation>No se pudieron volver a leer los objetos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked on the server: %n still unknown.</source>
        <translation>
            <numerusform>Comprobado en el servidor: %n sigue con resultado desconocido.</numerusform>
            <numerusform>Comprobado en el servidor: %n siguen con resultado desconocido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed operations</source>
        <translation>Reintentar operaciones fallidas</translation>
    </message>
    <message>
        <source>Operations with an unknown outcome: %1. The server may have applied them, and sending them again could apply them twice.</source>
        <translation>Operaciones con resultado desconocido: %1. Puede que el servidor las haya aplicado, y volver a enviarlas podría aplicarlas dos veces.</translation>
    </message>
    <message>
        <source>Send them too</source>
        <translation>Enviarlas también</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlas</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
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
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultados guardados en %1.</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 correctas</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidas</translation>
    </message>
    <message>
        <source>%1 outcome unknown</source>
        <translation>%1 con resultado desconocido</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 sin enviar</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>aún no se ha enviado nada</translation>
    </message>
    <message>
        <source>Select a result to see the server&apos;s answer.</source>
        <translation>Seleccione un resultado para ver la respuesta del servidor.</translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4</source>
        <translation>#%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Send the selected conflicting operations again without checking that their objects are unchanged: your values overwrite the server&apos;s</source>
        <translation>Volver a enviar las operaciones en conflicto seleccionadas sin comprobar que sus objetos no han cambiado: sus valores sobrescriben los del servidor</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mantener los míos</translation>
    </message>
    <message>
        <source>Drop the selected conflicting operations: the server&apos;s values stay</source>
        <translation>Descartar las operaciones en conflicto seleccionadas: los valores del servidor se quedan</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Aceptar los suyos</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Servidor ahora</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n conflicting operation(s): the server&apos;s values stay.</source>
        <translation>
            <numerusform>Descartada %n operación en conflicto: los valores del servidor se quedan.</numerusform>
            <numerusform>Descartadas %n operaciones en conflicto: los valores del servidor se quedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 conflicts, not sent</source>
        <translation>%1 conflictos, no enviados</translation>
    </message>
    <message>
        <source>Server log around this</source>
        <translation>Registro del servidor en torno a esta petición</translation>
    </message>
    <message>
        <source>This operation has not been sent since ParseDesk started.</source>
        <translation>Esta operación no se ha enviado desde que se inició ParseDesk.</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>No enviado: el lote se canceló.</translation>
    </message>
</context>
<context>
    <name>BatchSendConfirmation</name>
    <message>
        <source>Send again?</source>
        <translation>¿Enviar de nuevo?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these operations succeeded already and would run again: a create makes another object, an increment counts twice, a delete fails.</source>
        <translation>
            <numerusform>%n de estas operaciones ya tuvo éxito y se ejecutaría de nuevo: una creación crea otro objeto, un incremento cuenta dos veces, un borrado falla.</numerusform>
            <numerusform>%n de estas operaciones ya tuvieron éxito y se ejecutarían de nuevo: una creación crea otro objeto, un incremento cuenta dos veces, un borrado falla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all %n</source>
        <translation>
            <numerusform>Enviar la %n</numerusform>
            <numerusform>Enviar las %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send only the other %n</source>
        <translation>
            <numerusform>Enviar solo la otra (%n)</numerusform>
            <numerusform>Enviar solo las otras %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete on production</source>
        <translation>Eliminar en producción</translation>
    </message>
    <message>
        <source>Delete objects</source>
        <translation>Eliminar objetos</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) delete objects of %1 on %2. The undo journal keeps a copy: View → Undo journal can re-create deleted objects.

Type %1 to send.</source>
        <translation>
            <numerusform>%n operación elimina objetos de %1 en %2. El diario de deshacer guarda una copia: Ver → Diario de deshacer puede volver a crear los objetos eliminados.

Escriba %1 para enviar.</numerusform>
            <numerusform>%n operaciones eliminan objetos de %1 en %2. El diario de deshacer guarda una copia: Ver → Diario de deshacer puede volver a crear los objetos eliminados.

Escriba %1 para enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: &quot;%1&quot; is not &quot;%2&quot;.</source>
        <translation>No se envió nada: «%1» no es «%2».</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>No reply: the send was stopped.</source>
        <translation>Sin respuesta: el envío se detuvo.</translation>
    </message>
    <message>
        <source>No reply: the send was stopped; the server may have applied this write.</source>
        <translation>Sin respuesta: el envío se detuvo; puede que el servidor haya aplicado esta escritura.</translation>
    </message>
    <message>
        <source>the reply was lost</source>
        <translation>se perdió la respuesta</translation>
    </message>
    <message>
        <source>Not sent: the connection changed.</source>
        <translation>No enviado: la conexión cambió.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: its object could not be read to check that it is unchanged: %1</source>
        <translation>No enviado: no se pudo leer su objeto para comprobar que no ha cambiado: %1</translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>No enviado: el lote se canceló.</translation>
    </message>
    <message>
        <source>Not sent: another operation of this all-or-nothing batch was held back.</source>
        <translation>No enviado: se retuvo otra operación de este lote de todo o nada.</translation>
    </message>
</context>
<context>
    <name>BudgetMeter</name>
    <message>
        <source>Budget: %1/%2 in %3 s · %4 left · %5/min · %6 ops in %7 requests</source>
        <translation>Presupuesto: %1/%2 en %3 s · quedan %4 · %5/min · %6 operaciones en %7 peticiones</translation>
    </message>
    <message>
        <source> · waiting %1 s (%2 held)</source>
        <translation> · esperando %1 s (%2 retenidas)</translation>
    </message>
    <message>
        <source>Requests of this connection are held back so the server or platform does not throttle them (counting %1).
%2</source>
        <translation>Las peticiones de esta conexión se retienen para que el servidor o la plataforma no las limiten (se cuentan %1).
%2</translation>
    </message>
    <message>
        <source>every operation, as Parse Server&apos;s rateLimit does</source>
        <translation>cada operación, como el rateLimit de Parse Server</translation>
    </message>
    <message>
        <source>HTTP requests: one /batch is one request</source>
        <translation>peticiones HTTP: un /batch es una petición</translation>
    </message>
</context>
<context>
    <name>BulkAclDialog</name>
    <message numerus="yes">
        <source>ACL of %n object(s) of %1</source>
        <translation>
            <numerusform>ACL de %n objeto de %1</numerusform>
            <numerusform>ACL de %n objetos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACL of %n selected object(s)</source>
        <translation>
            <numerusform>ACL de %n objeto seleccionado</numerusform>
            <numerusform>ACL de %n objetos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACL of %n selected object(s); they have %1 different ACLs now, all get this one</source>
        <translation>
            <numerusform>ACL de %n objeto seleccionado; ahora tiene %1 ACL distintas, todos reciben esta</numerusform>
            <numerusform>ACL de %n objetos seleccionados; ahora tienen %1 ACL distintas, todos reciben esta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the ACL to %n object(s) as one batch…</source>
        <translation>
            <numerusform>Enviando la ACL a %n objeto como un lote…</numerusform>
            <numerusform>Enviando la ACL a %n objetos como un lote…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n escrito</numerusform>
            <numerusform>%n escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on the server since loaded, not overwritten</source>
        <translation>
            <numerusform>%n cambiado en el servidor desde que se cargó, no sobrescrito</numerusform>
            <numerusform>%n cambiados en el servidor desde que se cargaron, no sobrescritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome</source>
        <translation>
            <numerusform>%n con resultado desconocido</numerusform>
            <numerusform>%n con resultado desconocido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n no enviado</numerusform>
            <numerusform>%n no enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Choose at least one field to set.</source>
        <translation>Elija al menos un campo que establecer.</translation>
    </message>
    <message>
        <source>%1 is set by the server and cannot be written.</source>
        <translation>%1 lo establece el servidor y no se puede escribir.</translation>
    </message>
    <message>
        <source>Choose a field.</source>
        <translation>Elija un campo.</translation>
    </message>
    <message>
        <source>The amount to add must be a number.</source>
        <translation>La cantidad que sumar debe ser un número.</translation>
    </message>
    <message>
        <source>Give the items as a JSON array, e.g. [&quot;a&quot;, 2].</source>
        <translation>Indique los elementos como un array JSON, p. ej. [&quot;a&quot;, 2].</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s): </source>
        <translation>
            <numerusform>%n objeto: </numerusform>
            <numerusform>%n objetos: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch request(s)</source>
        <translation>
            <numerusform>%n petición batch</numerusform>
            <numerusform>%n peticiones batch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n read(s)</source>
        <translation>
            <numerusform> y %n lectura</numerusform>
            <numerusform> y %n lecturas</numerusform>
        </translation>
    </message>
    <message>
        <source>, no request budget: as fast as the server answers.</source>
        <translation>, sin presupuesto de peticiones: tan rápido como responda el servidor.</translation>
    </message>
    <message>
        <source>, within the budget %1.</source>
        <translation>, dentro del presupuesto %1.</translation>
    </message>
    <message numerus="yes">
        <source>, about %n second(s) of waiting under the budget %1.</source>
        <translation>
            <numerusform>, unos %n segundo de espera con el presupuesto %1.</numerusform>
            <numerusform>, unos %n segundos de espera con el presupuesto %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit many objects of %1</source>
        <translation>Editar muchos objetos de %1</translation>
    </message>
    <message>
        <source>Set fields to values</source>
        <translation>Dar valores a campos</translation>
    </message>
    <message>
        <source>Unset a field</source>
        <translation>Quitar un campo</translation>
    </message>
    <message>
        <source>Increment a number</source>
        <translation>Incrementar un número</translation>
    </message>
    <message>
        <source>Add items to an array</source>
        <translation>Añadir elementos a un array</translation>
    </message>
    <message>
        <source>Add items not there yet</source>
        <translation>Añadir elementos que aún no están</translation>
    </message>
    <message>
        <source>Remove items from an array</source>
        <translation>Quitar elementos de un array</translation>
    </message>
    <message>
        <source>Delete the objects</source>
        <translation>Eliminar los objetos</translation>
    </message>
    <message>
        <source>Duplicate the objects</source>
        <translation>Duplicar los objetos</translation>
    </message>
    <message>
        <source>Tick the fields to set and type their values.</source>
        <translation>Marque los campos que establecer y escriba sus valores.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Amount or items:</source>
        <translation>Cantidad o elementos:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Detener el envío</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Could not read the objects: %1</source>
        <translation>No se pudieron leer los objetos: %1</translation>
    </message>
    <message>
        <source>Each object is deleted; the undo journal keeps a copy.</source>
        <translation>Se elimina cada objeto; el diario de deshacer guarda una copia.</translation>
    </message>
    <message>
        <source>Each object is copied with its own fields (relations are not values and are not copied).</source>
        <translation>Cada objeto se copia con sus propios campos (las relaciones no son valores y no se copian).</translation>
    </message>
    <message>
        <source>a number, e.g. 1 or -2.5</source>
        <translation>un número, p. ej. 1 o -2.5</translation>
    </message>
    <message>
        <source>JSON items, e.g. &quot;a&quot;, 2</source>
        <translation>elementos JSON, p. ej. &quot;a&quot;, 2</translation>
    </message>
    <message>
        <source>Preview to see how many objects change, the first operations and the requests it takes; then send.</source>
        <translation>Use la vista previa para ver cuántos objetos cambian, las primeras operaciones y las peticiones necesarias; luego envíe.</translation>
    </message>
    <message>
        <source>Counting the matching objects…</source>
        <translation>Contando los objetos que cumplen el filtro…</translation>
    </message>
    <message>
        <source>An object changed on the server since it was loaded is a conflict and is not overwritten.</source>
        <translation>Un objeto cambiado en el servidor desde que se cargó es un conflicto y no se sobrescribe.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n operation(s):</source>
        <translation>
            <numerusform>La primera operación:</numerusform>
            <numerusform>Las primeras %n operaciones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this change to %n object(s) of %1?</source>
        <translation>
            <numerusform>¿Enviar este cambio a %n objeto de %1?</numerusform>
            <numerusform>¿Enviar este cambio a %n objetos de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change objects on a production server</source>
        <translation>Cambiar objetos en un servidor de producción</translation>
    </message>
    <message>
        <source>Type the class name (%1) to confirm:</source>
        <translation>Escriba el nombre de la clase (%1) para confirmar:</translation>
    </message>
    <message>
        <source>Delete objects</source>
        <translation>Eliminar objetos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.</source>
        <translation>
            <numerusform>¿Eliminar %n objeto de %1 del servidor? Se guarda una copia en el diario de deshacer.</numerusform>
            <numerusform>¿Eliminar %n objetos de %1 del servidor? Se guarda una copia en el diario de deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n object(s) written stay written; the rest were not sent. Every object reached is listed below.</source>
        <translation>
            <numerusform>Detenido: %n objeto escrito sigue escrito; el resto no se envió. Cada objeto alcanzado aparece abajo.</numerusform>
            <numerusform>Detenido: %n objetos escritos siguen escritos; el resto no se envió. Cada objeto alcanzado aparece abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) written.</source>
        <translation>
            <numerusform>Hecho: %n objeto escrito.</numerusform>
            <numerusform>Hecho: %n objetos escritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on the server since loaded and were not overwritten (conflicts).</source>
        <translation>
            <numerusform>%n cambió en el servidor desde que se cargó y no se sobrescribió (conflicto).</numerusform>
            <numerusform>%n cambiaron en el servidor desde que se cargaron y no se sobrescribieron (conflictos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n falló.</numerusform>
            <numerusform>%n fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the objects stopped: %1</source>
        <translation>La lectura de los objetos se detuvo: %1</translation>
    </message>
    <message>
        <source>This connection is read-only: nothing can be written.</source>
        <translation>Esta conexión es de solo lectura: no se puede escribir nada.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>No hay filas seleccionadas.</translation>
    </message>
</context>
<context>
    <name>BulkEditRun</name>
    <message>
        <source>the server answered the same page of %1 again (it ignores the query&apos;s where)</source>
        <translation>el servidor devolvió otra vez la misma página de %1 (ignora el where de la consulta)</translation>
    </message>
</context>
<context>
    <name>ClassBrowser</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Añadir una conexión…</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Right-click a class to count its objects exactly or to reload the list</source>
        <translation>Haga clic derecho en una clase para contar sus objetos con exactitud o para recargar la lista</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Choose or add a connection</source>
        <translation>Elija o añada una conexión</translation>
    </message>
    <message>
        <source>Pick a saved connection in the toolbar and press Connect, or add a new one under Connections…</source>
        <translation>Elija una conexión guardada en la barra de herramientas y pulse Conectar, o añada una nueva en Conexiones…</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Conexiones…</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>Aún no hay ninguna conexión</translation>
    </message>
    <message>
        <source>ParseDesk talks to a Parse Server through a saved connection: its URL, application id and keys. Add one to browse its classes.</source>
        <translation>ParseDesk se comunica con un Parse Server a través de una conexión guardada: su URL, su ID de aplicación y sus claves. Añada una para explorar sus clases.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Reading the connection&apos;s keys.</source>
        <translation>Leyendo las claves de la conexión.</translation>
    </message>
    <message>
        <source>Loading classes…</source>
        <translation>Cargando clases…</translation>
    </message>
    <message>
        <source>Asking the server for its schemas.</source>
        <translation>Pidiendo al servidor sus esquemas.</translation>
    </message>
    <message>
        <source>The class list is not available</source>
        <translation>La lista de clases no está disponible</translation>
    </message>
    <message>
        <source>Fields of %1</source>
        <translation>Campos de %1</translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation>Contar exactamente</translation>
    </message>
    <message>
        <source>Count every object of this class instead of using the database&apos;s estimate</source>
        <translation>Contar todos los objetos de esta clase en lugar de usar la estimación de la base de datos</translation>
    </message>
    <message>
        <source>Reload classes</source>
        <translation>Recargar clases</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Add a field to this class (needs the master key)</source>
        <translation>Añadir un campo a esta clase (requiere la clave maestra)</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Añadir campo…</translation>
    </message>
    <message>
        <source>Delete the selected field and its values from every object</source>
        <translation>Eliminar el campo seleccionado y sus valores de todos los objetos</translation>
    </message>
    <message>
        <source>Delete field…</source>
        <translation>Eliminar campo…</translation>
    </message>
    <message>
        <source>Create a class</source>
        <translation>Crear una clase</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>Clase nueva…</translation>
    </message>
    <message>
        <source>Delete this class; it must have no objects</source>
        <translation>Eliminar esta clase; no debe tener objetos</translation>
    </message>
    <message>
        <source>Delete class…</source>
        <translation>Eliminar clase…</translation>
    </message>
    <message>
        <source>Required fields, defaults, indexes and class-level permissions (read-only):</source>
        <translation>Campos obligatorios, valores predeterminados, índices y permisos a nivel de clase (solo lectura):</translation>
    </message>
    <message>
        <source>Changing the schema (fields and classes) needs the master key, and so does reading it: add the master key to this connection. Objects can be browsed and edited with the REST key as far as their ACLs and the class-level permissions allow.</source>
        <translation>Cambiar el esquema (campos y clases) requiere la clave maestra, y leerlo también: añada la clave maestra a esta conexión. Los objetos se pueden explorar y editar con la clave REST en la medida en que lo permitan sus ACL y los permisos a nivel de clase.</translation>
    </message>
    <message>
        <source>This is a production server. Type the class name (%1) to confirm:</source>
        <translation>Este es un servidor de producción. Escriba el nombre de la clase (%1) para confirmar:</translation>
    </message>
    <message>
        <source>Schema not changed</source>
        <translation>Esquema sin cambios</translation>
    </message>
    <message>
        <source>Field %1 added to %2</source>
        <translation>Campo %1 añadido a %2</translation>
    </message>
    <message>
        <source>Delete a field</source>
        <translation>Eliminar un campo</translation>
    </message>
    <message>
        <source>Field %1 deleted from %2</source>
        <translation>Campo %1 eliminado de %2</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Clase nueva</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Nombre de la clase:</translation>
    </message>
    <message>
        <source>Class %1 created</source>
        <translation>Clase %1 creada</translation>
    </message>
    <message>
        <source>Delete a class</source>
        <translation>Eliminar una clase</translation>
    </message>
    <message>
        <source>Class %1 deleted</source>
        <translation>Clase %1 eliminada</translation>
    </message>
    <message>
        <source>Class not deleted</source>
        <translation>Clase no eliminada</translation>
    </message>
    <message>
        <source>Delete the field %1 of %2 and its value in every object? The undo journal does not keep schema changes.</source>
        <translation>¿Eliminar el campo %1 de %2 y su valor en todos los objetos? El diario de deshacer no guarda los cambios de esquema.</translation>
    </message>
    <message>
        <source>Delete the class %1 and every one of its objects? The undo journal does not keep schema changes.</source>
        <translation>¿Eliminar la clase %1 y todos sus objetos? El diario de deshacer no guarda los cambios de esquema.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
    <message>
        <source>Users &amp;&amp; roles</source>
        <translation>Usuarios &amp;&amp; roles</translation>
    </message>
    <message>
        <source>Give the selected rows one ACL, sent as one batch with each row&apos;s outcome</source>
        <translation>Dar a las filas seleccionadas una ACL, enviada como un lote con el resultado de cada fila</translation>
    </message>
    <message>
        <source>ACL of selected rows…</source>
        <translation>ACL de las filas seleccionadas…</translation>
    </message>
    <message>
        <source>ACL of selected rows</source>
        <translation>ACL de las filas seleccionadas</translation>
    </message>
    <message>
        <source>Select the rows whose ACL to change first.</source>
        <translation>Seleccione primero las filas cuya ACL quiere cambiar.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>Save or discard the %n changed cell(s) first.</source>
        <translation>
            <numerusform>Guarde o descarte primero la %n celda modificada.</numerusform>
            <numerusform>Guarde o descarte primero las %n celdas modificadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassIndex</name>
    <message>
        <source>&apos;%1&apos; lists an empty field name</source>
        <translation>&apos;%1&apos; contiene un nombre de campo vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names the field &apos;%2&apos; twice</source>
        <translation>&apos;%1&apos; nombra el campo &apos;%2&apos; dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a name Parse keeps for its own indexes</source>
        <translation>&apos;%1&apos; es un nombre que Parse reserva para sus propios índices</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an index name: letters, digits and _, starting with a letter</source>
        <translation>&apos;%1&apos; no es un nombre de índice: letras, dígitos y _, empezando por una letra</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than 63 characters, which PostgreSQL cuts</source>
        <translation>&apos;%1&apos; tiene más de 63 caracteres, que PostgreSQL recorta</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>The class list comes from /schemas, which needs the master key, and the server refused it. Check the master key and that this address is in the server&apos;s masterKeyIps.
%1</source>
        <translation>La lista de clases viene de /schemas, que necesita la clave maestra, y el servidor la rechazó. Compruebe la clave maestra y que esta dirección esté en masterKeyIps del servidor.
%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Estimate from the database&apos;s statistics. Use &quot;Count exactly&quot; for the exact number.</source>
        <translation>Estimación a partir de las estadísticas de la base de datos. Use «Contar exactamente» para obtener el número exacto.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
</context>
<context>
    <name>ClassPermissions</name>
    <message>
        <source>use *, requiresAuthentication, role:NAME or a user&apos;s objectId</source>
        <translation>use *, requiresAuthentication, role:NOMBRE o el objectId de un usuario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object of principals</source>
        <translation>&apos;%1&apos; debe ser un objeto de principales</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of field names</source>
        <translation>&apos;%1&apos; debe ser una lista de nombres de campo</translation>
    </message>
    <message>
        <source>&apos;authenticated&apos; is protectedFields&apos; principal; operations use requiresAuthentication</source>
        <translation>&apos;authenticated&apos; es el principal de protectedFields; las operaciones usan requiresAuthentication</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a principal: %2</source>
        <translation>&apos;%1&apos; no es un principal: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (leave a principal out to deny it)</source>
        <translation>&apos;%1&apos; debe ser true (omita un principal para denegarle el acceso)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object: principal -&gt; fields</source>
        <translation>&apos;%1&apos; debe ser un objeto: principal -&gt; campos</translation>
    </message>
    <message>
        <source>protectedFields names logged-in users &apos;authenticated&apos;</source>
        <translation>protectedFields llama &apos;authenticated&apos; a los usuarios con sesión</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protectedFields principal: use *, authenticated, role:NAME, userField:FIELD or a user&apos;s objectId</source>
        <translation>&apos;%1&apos; no es un principal de protectedFields: use *, authenticated, role:NOMBRE, userField:CAMPO o el objectId de un usuario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object: principal -&gt; {&quot;read&quot;: bool, &quot;write&quot;: bool}</source>
        <translation>&apos;%1&apos; debe ser un objeto: principal -&gt; {&quot;read&quot;: bool, &quot;write&quot;: bool}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be {&quot;read&quot;: true|false, &quot;write&quot;: true|false}</source>
        <translation>&apos;%1&apos; debe ser {&quot;read&quot;: true|false, &quot;write&quot;: true|false}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class-level permission: use %2, %3, %4 or %5</source>
        <translation>&apos;%1&apos; no es un permiso de clase: use %2, %3, %4 o %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Pointer to _User or an Array field of this class</source>
        <translation>&apos;%1&apos; no es un Pointer a _User ni un campo Array de esta clase</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is Parse&apos;s own field and cannot be protected</source>
        <translation>&apos;%1&apos; es un campo propio de Parse y no se puede proteger</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of this class</source>
        <translation>&apos;%1&apos; no es un campo de esta clase</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>No hay conexión con ningún servidor.</translation>
    </message>
    <message>
        <source>Started; reading its status from _JobStatus…</source>
        <translation>Iniciado; leyendo su estado de _JobStatus…</translation>
    </message>
    <message>
        <source>Started, but its status could not be read: %1</source>
        <translation>Iniciado, pero no se pudo leer su estado: %1</translation>
    </message>
    <message>
        <source>Running; checking its status every %1 s.</source>
        <translation>En ejecución; se comprueba su estado cada %1 s.</translation>
    </message>
    <message>
        <source>Still running after %1 s; no longer checking.</source>
        <translation>Sigue en ejecución tras %1 s; ya no se comprueba.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>trabajo %1</translation>
    </message>
    <message>
        <source>… %1 — running</source>
        <translation>… %1 — en ejecución</translation>
    </message>
    <message>
        <source>✓ %1 — %2 ms</source>
        <translation>✓ %1 — %2 ms</translation>
    </message>
    <message>
        <source>✗ %1 — job failed</source>
        <translation>✗ %1 — el trabajo falló</translation>
    </message>
    <message>
        <source>✗ %1 — error %2</source>
        <translation>✗ %1 — error %2</translation>
    </message>
    <message>
        <source>✗ %1 — failed</source>
        <translation>✗ %1 — falló</translation>
    </message>
    <message>
        <source>Sent form-urlencoded</source>
        <translation>Enviado como form-urlencoded</translation>
    </message>
    <message>
        <source>With the master key</source>
        <translation>Con la clave maestra</translation>
    </message>
    <message>
        <source>As a user (session token)</source>
        <translation>Como usuario (token de sesión)</translation>
    </message>
    <message>
        <source>No reply before ParseDesk closed: the server may have run it.</source>
        <translation>Sin respuesta antes de cerrar ParseDesk: puede que el servidor la haya ejecutado.</translation>
    </message>
    <message>
        <source>Started; its status was no longer checked after ParseDesk closed.</source>
        <translation>Iniciado; su estado no se comprobó más tras cerrar ParseDesk.</translation>
    </message>
</context>
<context>
    <name>CloudConsole</name>
    <message>
        <source>Call a Cloud Code function (POST /functions/NAME), or start a background job (POST /jobs/NAME)</source>
        <translation>Llamar a una función de Cloud Code (POST /functions/NAME) o iniciar un trabajo en segundo plano (POST /jobs/NAME)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>The name it was defined with in Cloud Code; names used before are offered as you type</source>
        <translation>El nombre con el que se definió en Cloud Code; los nombres usados antes se sugieren al escribir</translation>
    </message>
    <message>
        <source>Send the call (also: Enter in the name, Ctrl+Enter in the parameters)</source>
        <translation>Enviar la llamada (también: Intro en el nombre, Ctrl+Intro en los parámetros)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Use &amp;master key</source>
        <translation>Usar la clave &amp;maestra</translation>
    </message>
    <message>
        <source>Send the parameters as application/x-www-form-urlencoded fields, as some older clients do, instead of JSON</source>
        <translation>Enviar los parámetros como campos application/x-www-form-urlencoded, como hacen algunos clientes antiguos, en lugar de JSON</translation>
    </message>
    <message>
        <source>Send as &amp;form-urlencoded</source>
        <translation>Enviar como &amp;form-urlencoded</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Ejecutar como &amp;usuario:</translation>
    </message>
    <message>
        <source>A user&apos;s session token (r:…): the call runs as that user, with request.user set. Kept for this session only</source>
        <translation>El token de sesión de un usuario (r:…): la llamada se ejecuta como ese usuario, con request.user establecido. Solo se conserva durante esta sesión</translation>
    </message>
    <message>
        <source>session token, empty for none</source>
        <translation>token de sesión, vacío para ninguno</translation>
    </message>
    <message>
        <source>&amp;Parameters (a JSON object)</source>
        <translation>&amp;Parámetros (un objeto JSON)</translation>
    </message>
    <message>
        <source>{&quot;name&quot;: &quot;value&quot;}; empty sends no parameters</source>
        <translation>{&quot;name&quot;: &quot;value&quot;}; vacío no envía parámetros</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Run the selected call again, as it was sent (also: double-click it)</source>
        <translation>Volver a ejecutar la llamada seleccionada tal como se envió (también: doble clic en ella)</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Ejecutar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Forget the calls of this session</source>
        <translation>Olvidar las llamadas de esta sesión</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The result of the selected call shows here.</source>
        <translation>Aquí se muestra el resultado de la llamada seleccionada.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>This connection has no master key; add it under Connections…</source>
        <translation>Esta conexión no tiene clave maestra; añádala en Conexiones…</translation>
    </message>
    <message>
        <source>Jobs always run with the master key</source>
        <translation>Los trabajos siempre se ejecutan con la clave maestra</translation>
    </message>
    <message>
        <source>Send the profile&apos;s master key, which bypasses ACLs and class permissions; unticked, the call goes without it</source>
        <translation>Enviar la clave maestra del perfil, que omite las ACL y los permisos de clase; sin marcar, la llamada va sin ella</translation>
    </message>
    <message>
        <source>job name, e.g. countRooms</source>
        <translation>nombre del trabajo, p. ej. countRooms</translation>
    </message>
    <message>
        <source>Not connected: connect to a server first.</source>
        <translation>Sin conexión: conéctese primero a un servidor.</translation>
    </message>
    <message>
        <source>Enter the name of the job to start.</source>
        <translation>Escriba el nombre del trabajo que quiere iniciar.</translation>
    </message>
    <message>
        <source>Enter the name of the function to call.</source>
        <translation>Escriba el nombre de la función que quiere llamar.</translation>
    </message>
    <message>
        <source>No call yet: enter a function name and its parameters, then press Run.</source>
        <translation>Aún no hay llamadas: escriba un nombre de función y sus parámetros y pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Not connected: connect to a server to call its Cloud Code.</source>
        <translation>Sin conexión: conéctese a un servidor para llamar a su Cloud Code.</translation>
    </message>
    <message>
        <source>Starting job %1…</source>
        <translation>Iniciando el trabajo %1…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <source>✗ %1 failed after %2 ms. %3</source>
        <translation>✗ %1 falló tras %2 ms. %3</translation>
    </message>
    <message>
        <source>Job %1 started (%2 ms).</source>
        <translation>Trabajo %1 iniciado (%2 ms).</translation>
    </message>
    <message>
        <source>✓ %1 returned in %2 ms.</source>
        <translation>✓ %1 respondió en %2 ms.</translation>
    </message>
    <message>
        <source>Status: %1 (status id %2)</source>
        <translation>Estado: %1 (ID de estado %2)</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>A job&apos;s progress is kept in _JobStatus, read here with the master key; Parse Server has no /jobs/status route.</source>
        <translation>El progreso de un trabajo se guarda en _JobStatus, que aquí se lee con la clave maestra; Parse Server no tiene ninguna ruta /jobs/status.</translation>
    </message>
    <message>
        <source>function name, e.g. echo</source>
        <translation>nombre de la función, p. ej. echo</translation>
    </message>
    <message>
        <source>Cloud functions and jobs may write, so they count as writes: unlock writes on this production connection to run them.</source>
        <translation>Las funciones Cloud y los trabajos pueden escribir, por lo que cuentan como escrituras: desbloquee la escritura en esta conexión de producción para ejecutarlos.</translation>
    </message>
    <message>
        <source>Invalid JSON in the parameters at %1 — not run.</source>
        <translation>JSON no válido en los parámetros en %1 — no se ejecutó.</translation>
    </message>
    <message>
        <source>The parameters must be a JSON object, {…}: Parse passes them by name. Not run.</source>
        <translation>Los parámetros deben ser un objeto JSON, {…}: Parse los pasa por nombre. No se ejecutó.</translation>
    </message>
    <message>
        <source>Server log around this</source>
        <translation>Registro del servidor en torno a esta petición</translation>
    </message>
</context>
<context>
    <name>ClpConflictDialog</name>
    <message>
        <source>The permissions of %1 changed on the server</source>
        <translation>Los permisos de %1 cambiaron en el servidor</translation>
    </message>
    <message>
        <source>Someone changed the class-level permissions of %1 since you loaded them. Nothing was saved. Compare the three versions, then take the server&apos;s (your changes are dropped), overwrite it with yours, or go back to editing.</source>
        <translation>Alguien cambió los permisos de clase de %1 desde que los cargó. No se guardó nada. Compare las tres versiones y luego tome la del servidor (se descartan sus cambios), sobrescríbala con la suya o siga editando.</translation>
    </message>
    <message>
        <source>When you loaded them</source>
        <translation>Al cargarlos</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Los suyos</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Tomar los del servidor</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Sobrescribir con los míos</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>ClpReviewDialog</name>
    <message>
        <source>Save the permissions of %1</source>
        <translation>Guardar los permisos de %1</translation>
    </message>
    <message>
        <source>What changes (operation or list, principal: before -&gt; after):</source>
        <translation>Qué cambia (operación o lista, principal: antes -&gt; después):</translation>
    </message>
    <message>
        <source>The request, exactly as it is sent. The server replaces the whole CLP with it; the undo journal keeps the one it replaces.</source>
        <translation>La solicitud, exactamente como se envía. El servidor reemplaza con ella todos los permisos de clase; el diario de deshacer guarda los que reemplaza.</translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <source>a %1 value</source>
        <translation>un valor %1</translation>
    </message>
    <message>
        <source>the field operation %1</source>
        <translation>la operación de campo %1</translation>
    </message>
    <message>
        <source>Operation #%1 (%2 %3) has no Parse JS SDK equivalent here; copy it as fetch instead.</source>
        <translation>La operación #%1 (%2 %3) no tiene aquí equivalente en el Parse JS SDK; cópiela como fetch.</translation>
    </message>
    <message>
        <source>Operation #%1 uses %2, which has no Parse JS SDK equivalent here; copy it as fetch instead.</source>
        <translation>La operación #%1 usa %2, que no tiene aquí equivalente en el Parse JS SDK; cópiela como fetch.</translation>
    </message>
    <message>
        <source>The SDK makes a transaction of saves or of deletes, not of a mix with other operations; copy the batch as fetch instead.</source>
        <translation>El SDK forma una transacción solo con guardados o solo con eliminaciones, no con una mezcla de otras operaciones; copie el lote como fetch.</translation>
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
        <translation>Corrija primero las operaciones: %1</translation>
    </message>
</context>
<context>
    <name>ConfigConflictModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>%1 (master key only)</source>
        <translation>%1 (solo clave maestra)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Al cargar</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>El suyo</translation>
    </message>
</context>
<context>
    <name>ConfigModel</name>
    <message>
        <source>A parameter needs a name.</source>
        <translation>Un parámetro necesita un nombre.</translation>
    </message>
    <message>
        <source>There is a parameter named %1 already.</source>
        <translation>Ya hay un parámetro llamado %1.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Master key only</source>
        <translation>Solo clave maestra</translation>
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
        <translation>%1: no es una fecha ISO 8601 como 2026-12-07T12:00:00.000Z</translation>
    </message>
    <message>
        <source>%1 %2 changed on the server at %3 (expected %4 or earlier); not sent.</source>
        <translation>%1 %2 cambió en el servidor a las %3 (se esperaba %4 o antes); no enviado.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Saved &amp;connections:</source>
        <translation>Cone&amp;xiones guardadas:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Start a new connection</source>
        <translation>Crear una conexión nueva</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete this connection and its stored keys</source>
        <translation>Eliminar esta conexión y sus claves guardadas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Demo local</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>http://localhost:1337/parse</source>
        <translation>http://localhost:1337/parse</translation>
    </message>
    <message>
        <source>The address the server answers on, with its mount path (usually /parse)</source>
        <translation>La dirección en la que responde el servidor, con su ruta de montaje (normalmente /parse)</translation>
    </message>
    <message>
        <source>&amp;Application id:</source>
        <translation>&amp;ID de aplicación:</translation>
    </message>
    <message>
        <source>The appId of the server</source>
        <translation>El appId del servidor</translation>
    </message>
    <message>
        <source>&amp;REST API key:</source>
        <translation>Clave de API &amp;REST:</translation>
    </message>
    <message>
        <source>Optional: only when the server sets one</source>
        <translation>Opcional: solo si el servidor define una</translation>
    </message>
    <message>
        <source>&amp;Client key:</source>
        <translation>Clave de &amp;cliente:</translation>
    </message>
    <message>
        <source>&amp;Master key:</source>
        <translation>Clave &amp;maestra:</translation>
    </message>
    <message>
        <source>Needed for the class list and the server version</source>
        <translation>Necesaria para la lista de clases y la versión del servidor</translation>
    </message>
    <message>
        <source>Show &amp;keys</source>
        <translation>Mo&amp;strar claves</translation>
    </message>
    <message>
        <source>Use master key for &amp;data requests</source>
        <translation>Usar la clave maestra para las peticiones de &amp;datos</translation>
    </message>
    <message>
        <source>Data requests then bypass ACLs and class-level permissions. The class list always uses the master key.</source>
        <translation>Las peticiones de datos omiten entonces las ACL y los permisos a nivel de clase. La lista de clases siempre usa la clave maestra.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>Operations per batch request. Parse Server has no limit by default; hosted Parse allowed 50.</source>
        <translation>Operaciones por petición de lote. Parse Server no tiene límite por defecto; el Parse alojado permitía 50.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>How long to wait for a reply before giving up</source>
        <translation>Cuánto esperar una respuesta antes de desistir</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Check the URL, the application id and the keys against the server</source>
        <translation>Comprobar la URL, el ID de aplicación y las claves con el servidor</translation>
    </message>
    <message>
        <source>Keys kept for this session only: no keychain service answered, so they are not stored on disk. Start a keyring (GNOME Keyring, KWallet) to keep them.</source>
        <translation>Claves guardadas solo para esta sesión: ningún servicio de llavero respondió, así que no se guardan en disco. Inicie un llavero (GNOME Keyring, KWallet) para conservarlas.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Store this connection; its keys go to the keychain</source>
        <translation>Guardar esta conexión; sus claves van al llavero</translation>
    </message>
    <message>
        <source>Can&apos;t save yet: %1</source>
        <translation>Aún no se puede guardar: %1</translation>
    </message>
    <message>
        <source>Save this connection and connect to it</source>
        <translation>Guardar esta conexión y conectarse a ella</translation>
    </message>
    <message>
        <source>Can&apos;t connect yet: %1</source>
        <translation>Aún no se puede conectar: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation>¿Guardar primero los cambios en «%1»?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Conexión nueva</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and the keys stored for it? This can&apos;t be undone.</source>
        <translation>¿Eliminar la conexión «%1» y las claves guardadas para ella? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Server version: %1</source>
        <translation>Versión del servidor: %1</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>Latencia: %1 ms</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>&amp;Presupuesto de peticiones:</translation>
    </message>
    <message>
        <source>e.g. 500/60s or 500/60s/ops</source>
        <translation>p. ej. 500/60s o 500/60s/ops</translation>
    </message>
    <message>
        <source>At most this many per window; requests over it wait in the queue instead of being throttled by the server. Empty for no budget.</source>
        <translation>Como máximo esta cantidad por ventana; las peticiones que la superan esperan en la cola en lugar de ser limitadas por el servidor. Vacío para no tener presupuesto.</translation>
    </message>
    <message>
        <source>Empty for none. &quot;500/60s&quot; counts HTTP requests, as platform quotas do (a /batch is one); &quot;500/60s/ops&quot; counts operations, as Parse Server&apos;s rateLimit does (every batch sub-request).</source>
        <translation>Vacío para ninguno. &quot;500/60s&quot; cuenta peticiones HTTP, como las cuotas de las plataformas (un /batch es una); &quot;500/60s/ops&quot; cuenta operaciones, como el rateLimit de Parse Server (cada subpetición de un lote).</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Certificado de confian&amp;za:</translation>
    </message>
    <message>
        <source>empty: only certificates the system trusts</source>
        <translation>vacío: solo los certificados en los que confía el sistema</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of one certificate to accept despite TLS errors, e.g. a self-signed one. &quot;Test connection&quot; offers it when it meets one.</source>
        <translation>La huella digital SHA-256 de un certificado que se acepta pese a los errores TLS, p. ej. uno autofirmado. «Probar conexión» la ofrece cuando encuentra uno.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>Con&amp;fiar en este certificado…</translation>
    </message>
    <message>
        <source>Accept the certificate the server just presented, by its fingerprint, for this profile only</source>
        <translation>Aceptar el certificado que acaba de presentar el servidor, por su huella digital, solo para este perfil</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for &quot;%1&quot;?

%2

Only do this if it is the server&apos;s own certificate: compare the fingerprint with the one on the server (openssl x509 -noout -fingerprint -sha256 -in cert.pem). Any other certificate is still refused.</source>
        <translation>¿Confiar en el certificado con esta huella digital SHA-256 para «%1»?

%2

Hágalo solo si es el certificado propio del servidor: compare la huella digital con la del servidor (openssl x509 -noout -fingerprint -sha256 -in cert.pem). Cualquier otro certificado se sigue rechazando.</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Confiar en el certificado</translation>
    </message>
    <message>
        <source>&amp;Production server (banner; read-only until writes are unlocked)</source>
        <translation>Ser&amp;vidor de producción (banner; solo lectura hasta desbloquear la escritura)</translation>
    </message>
    <message>
        <source>Opens read-only: saves, deletes, batches with writes, schema changes and Cloud Code calls are refused until you unlock writes in the banner. Deletes ask for the class name.</source>
        <translation>Se abre en solo lectura: se rechazan guardados, eliminaciones, lotes con escrituras, cambios de esquema y llamadas a Cloud Code hasta que desbloquee la escritura en el banner. Las eliminaciones piden el nombre de la clase.</translation>
    </message>
    <message>
        <source>&amp;Use the new address</source>
        <translation>&amp;Usar la nueva dirección</translation>
    </message>
    <message>
        <source>Put the address the server redirected to into Server URL; nothing was sent there</source>
        <translation>Poner en la URL del servidor la dirección a la que redirigió el servidor; allí no se envió nada</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Keys: this session only</source>
        <translation>Claves: solo esta sesión</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Last request: —</source>
        <translation>Última petición: —</translation>
    </message>
    <message>
        <source>Version: needs master key</source>
        <translation>Versión: necesita la clave maestra</translation>
    </message>
    <message>
        <source>The server version comes from /serverInfo, which needs the master key. Add it to the connection.</source>
        <translation>La versión del servidor viene de /serverInfo, que necesita la clave maestra. Añádala a la conexión.</translation>
    </message>
    <message>
        <source>Version: asking…</source>
        <translation>Versión: consultando…</translation>
    </message>
    <message>
        <source>Parse Server %1</source>
        <translation>Parse Server %1</translation>
    </message>
    <message>
        <source>Version reported by %1</source>
        <translation>Versión informada por %1</translation>
    </message>
    <message>
        <source>Version: unknown</source>
        <translation>Versión: desconocida</translation>
    </message>
    <message>
        <source>Last request: %1 ms</source>
        <translation>Última petición: %1 ms</translation>
    </message>
    <message>
        <source>Keys are not written to disk; enter them again after a restart.</source>
        <translation>Las claves no se escriben en disco; vuelva a introducirlas tras reiniciar.</translation>
    </message>
    <message>
        <source>Keys are not written to disk; enter them again after a restart.
Keychain: %1</source>
        <translation>Las claves no se escriben en disco; vuelva a introducirlas tras reiniciar.
Llavero: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Reaching the server…</source>
        <translation>Contactando con el servidor…</translation>
    </message>
    <message>
        <source>Server unreachable at %1: %2</source>
        <translation>Servidor inalcanzable en %1: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Parse Server (%2). Check the mount path in the URL, e.g. /parse.</source>
        <translation>%1 respondió, pero no como un Parse Server (%2). Compruebe la ruta de montaje en la URL, p. ej. /parse.</translation>
    </message>
    <message>
        <source>no health status</source>
        <translation>sin estado de salud</translation>
    </message>
    <message>
        <source>Checking the application id…</source>
        <translation>Comprobando el ID de aplicación…</translation>
    </message>
    <message>
        <source>The server does not know the application id &quot;%1&quot;. Check it against the server&apos;s appId.</source>
        <translation>El servidor no conoce el ID de aplicación «%1». Compárelo con el appId del servidor.</translation>
    </message>
    <message>
        <source>Checking the keys…</source>
        <translation>Comprobando las claves…</translation>
    </message>
    <message>
        <source>The application id is right, but the server refused the REST API key or client key. Check the keys.</source>
        <translation>El ID de aplicación es correcto, pero el servidor rechazó la clave de API REST o la clave de cliente. Compruebe las claves.</translation>
    </message>
    <message>
        <source>The server refused the application id or the key; Parse Server does not say which.</source>
        <translation>El servidor rechazó el ID de aplicación o la clave; Parse Server no indica cuál.</translation>
    </message>
    <message>
        <source>Connected. Without a master key the class list and the server version are not available.</source>
        <translation>Conectado. Sin clave maestra, la lista de clases y la versión del servidor no están disponibles.</translation>
    </message>
    <message>
        <source>Checking the master key…</source>
        <translation>Comprobando la clave maestra…</translation>
    </message>
    <message>
        <source>Connected to Parse Server %1 with the master key.</source>
        <translation>Conectado a Parse Server %1 con la clave maestra.</translation>
    </message>
    <message>
        <source>The application id and key are right, but the server refused the master key from this address. Parse Server accepts it only from the addresses in its masterKeyIps option.</source>
        <translation>El ID de aplicación y la clave son correctos, pero el servidor rechazó la clave maestra desde esta dirección. Parse Server solo la acepta desde las direcciones de su opción masterKeyIps.</translation>
    </message>
    <message>
        <source>The application id and key are right, but the master key is wrong (%1).</source>
        <translation>El ID de aplicación y la clave son correctos, pero la clave maestra es incorrecta (%1).</translation>
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
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field is never closed</source>
        <translation>línea %1, columna %2: el campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>texto tras las comillas de cierre de un campo</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>comillas dentro de un campo sin comillas (ponga todo el campo entre comillas y duplique las comillas)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» no es true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (ISO 8601, e.g. 2025-06-01T12:34:56.789Z)</source>
        <translation>«%1» no es una fecha (ISO 8601, p. ej. 2025-06-01T12:34:56.789Z)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2)</source>
        <translation>no es un valor %1 válido (%2)</translation>
    </message>
    <message>
        <source>not a valid %1: %2</source>
        <translation>no es un valor %1 válido: %2</translation>
    </message>
    <message>
        <source>the integer %1 is beyond 2^53: Parse keeps numbers as doubles and would store %2. Import it into a String field (header name:String) to keep every digit</source>
        <translation>el entero %1 supera 2^53: Parse guarda los números como double y almacenaría %2. Impórtelo en un campo String (cabecera name:String) para conservar todos los dígitos</translation>
    </message>
    <message>
        <source>%1 is not a finite number (Parse can&apos;t store NaN or Infinity)</source>
        <translation>%1 no es un número finito (Parse no puede guardar NaN ni Infinity)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone: write it with Z or an offset (+02:00), or choose the time zone the file&apos;s dates are in</source>
        <translation>«%1» no tiene zona horaria: añada Z o un desfase (+02:00), o elija la zona horaria en la que están las fechas del archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in %2 (the clocks were put forward)</source>
        <translation>«%1» no existe en %2 (se adelantaron los relojes)</translation>
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
        <translation>fecha</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativa</translation>
    </message>
    <message>
        <source>A moment, or a time relative to when the server runs the query</source>
        <translation>Un momento, o una hora relativa a cuando el servidor ejecuta la consulta</translation>
    </message>
    <message>
        <source>Show and enter the time in UTC instead of local time; either way the query sends the same moment</source>
        <translation>Mostrar e introducir la hora en UTC en lugar de la hora local; en ambos casos la consulta envía el mismo momento</translation>
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
        <translation>Obligatorio: cada objeto debe tener un valor</translation>
    </message>
    <message>
        <source>Add a field to %1</source>
        <translation>Añadir un campo a %1</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Objects created without a value get the default value, if ticked; a value that does not fit the type is explained at the cell.</source>
        <translation>Los objetos creados sin valor reciben el valor predeterminado, si está marcado; un valor que no encaja con el tipo se explica en la celda.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Target class:</source>
        <translation>Clase de destino:</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valor predeterminado</translation>
    </message>
    <message>
        <source>Choose the class a %1 points to.</source>
        <translation>Elija la clase a la que apunta un %1.</translation>
    </message>
</context>
<context>
    <name>FieldFormModel</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>a Boolean is true or false</source>
        <translation>un Boolean es true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2024-05-01T12:00:00Z</source>
        <translation>«%1» no es una fecha; escríbala como 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>a Pointer is the objectId of a %1</source>
        <translation>un Pointer es el objectId de un objeto %1</translation>
    </message>
    <message>
        <source>a GeoPoint is written latitude, longitude (e.g. 52.52, 13.40)</source>
        <translation>un GeoPoint se escribe latitud, longitud (p. ej. 52.52, 13.40)</translation>
    </message>
    <message>
        <source>an Array is JSON, e.g. [&quot;a&quot;, 2] or &quot;a&quot;, 2</source>
        <translation>un Array es JSON, p. ej. [&quot;a&quot;, 2] o &quot;a&quot;, 2</translation>
    </message>
    <message>
        <source>a %1 is a JSON value, e.g. {&quot;key&quot;: 1}</source>
        <translation>un %1 es un valor JSON, p. ej. {&quot;key&quot;: 1}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>objectId of a %1</source>
        <translation>objectId de un objeto %1</translation>
    </message>
    <message>
        <source>latitude, longitude</source>
        <translation>latitud, longitud</translation>
    </message>
    <message>
        <source>JSON items, e.g. &quot;a&quot;, 2</source>
        <translation>elementos JSON, p. ej. &quot;a&quot;, 2</translation>
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
        <translation>Conservar los objectIds del archivo (el servidor debe permitir ID de objeto personalizados)</translation>
    </message>
    <message>
        <source>Import objects</source>
        <translation>Importar objetos</translation>
    </message>
    <message>
        <source>A .json or .csv file, e.g. one exported by ParseDesk</source>
        <translation>Un archivo .json o .csv, p. ej. uno exportado por ParseDesk</translation>
    </message>
    <message>
        <source>An existing class, or a new name: the server creates the class</source>
        <translation>Una clase existente o un nombre nuevo: el servidor crea la clase</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, and what is left out, show here.</source>
        <translation>Aquí se muestran las filas que no se pueden importar y lo que se omite.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Into &amp;class:</source>
        <translation>En la &amp;clase:</translation>
    </message>
    <message>
        <source>Import of %1 into %2</source>
        <translation>Importación de %1 en %2</translation>
    </message>
    <message>
        <source>JSON or CSV (*.json *.csv);;All files (*)</source>
        <translation>JSON o CSV (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Import %1 objects</source>
        <translation>Importar %1 objetos</translation>
    </message>
    <message>
        <source>Choose a file. JSON: an array of objects. CSV: a header of field names (field:Type keeps types, as ParseDesk&apos;s exports do).</source>
        <translation>Elija un archivo. JSON: un array de objetos. CSV: una cabecera con los nombres de campo (field:Type conserva los tipos, como hacen las exportaciones de ParseDesk).</translation>
    </message>
    <message>
        <source>Objects to create: %1. Rows left out: %2.</source>
        <translation>Objetos que crear: %1. Filas omitidas: %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Omitido:</translation>
    </message>
    <message>
        <source>Refuse them (write dates with Z or an offset)</source>
        <translation>Rechazarlas (escriba las fechas con Z o un desfase)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (este equipo)</translation>
    </message>
    <message>
        <source>The time zone of dates in the file that don&apos;t name one, such as 2026-01-02 10:00; without one they are refused rather than guessed</source>
        <translation>La zona horaria de las fechas del archivo que no indican ninguna, como 2026-01-02 10:00; si no se elige ninguna, se rechazan en lugar de adivinarla</translation>
    </message>
    <message>
        <source>Dates without a &amp;time zone:</source>
        <translation>Fechas sin &amp;zona horaria:</translation>
    </message>
</context>
<context>
    <name>IndexDialog</name>
    <message>
        <source>New index of %1</source>
        <translation>Nuevo índice de %1</translation>
    </message>
    <message>
        <source>Add ascending</source>
        <translation>Añadir ascendente</translation>
    </message>
    <message>
        <source>Add descending</source>
        <translation>Añadir descendente</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Fields of %1:</source>
        <translation>Campos de %1:</translation>
    </message>
    <message>
        <source>Indexed, in this order:</source>
        <translation>Indexados, en este orden:</translation>
    </message>
    <message>
        <source>On PostgreSQL every column is ascending whatever is chosen here, and an index name is shared by all classes; on MongoDB directions are kept and names are per class.</source>
        <translation>En PostgreSQL toda columna es ascendente, se elija lo que se elija aquí, y un nombre de índice es común a todas las clases; en MongoDB se conservan las direcciones y los nombres son por clase.</translation>
    </message>
    <message>
        <source>%1 descending</source>
        <translation>%1 descendente</translation>
    </message>
    <message>
        <source>%1 ascending</source>
        <translation>%1 ascendente</translation>
    </message>
    <message>
        <source>Add at least one field.</source>
        <translation>Añada al menos un campo.</translation>
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
        <translation>%1 descendente</translation>
    </message>
    <message>
        <source>%1 ascending</source>
        <translation>%1 ascendente</translation>
    </message>
    <message>
        <source>%1 (Parse&apos;s own)</source>
        <translation>%1 (propio de Parse)</translation>
    </message>
    <message>
        <source>Parse Server keeps this index; it cannot be dropped here</source>
        <translation>Parse Server mantiene este índice; no se puede eliminar aquí</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
</context>
<context>
    <name>IndexManager</name>
    <message>
        <source>New index…</source>
        <translation>Nuevo índice…</translation>
    </message>
    <message>
        <source>Drop index…</source>
        <translation>Eliminar índice…</translation>
    </message>
    <message>
        <source>Indexes not changed</source>
        <translation>Índices sin cambiar</translation>
    </message>
    <message>
        <source>Reading and changing indexes needs the master key: add it to this connection.</source>
        <translation>Leer y cambiar índices requiere la clave maestra: añádala a esta conexión.</translation>
    </message>
    <message>
        <source>This is a production connection and it is read-only: indexes are shown, not changed. Unlock writes to change them.</source>
        <translation>Esta es una conexión de producción y es de solo lectura: los índices se muestran, no se cambian. Desbloquee las escrituras para cambiarlos.</translation>
    </message>
    <message>
        <source>Index %1 created on %2</source>
        <translation>Índice %1 creado en %2</translation>
    </message>
    <message>
        <source>Drop an index</source>
        <translation>Eliminar un índice</translation>
    </message>
    <message>
        <source>Drop the index %1 of %2? Queries that use it get slower; the undo journal does not keep indexes.</source>
        <translation>¿Eliminar el índice %1 de %2? Las consultas que lo usan serán más lentas; el diario de deshacer no guarda índices.</translation>
    </message>
    <message>
        <source>Index %1 dropped from %2</source>
        <translation>Índice %1 eliminado de %2</translation>
    </message>
    <message>
        <source>Indexes make queries that filter or sort on their fields fast. How the database keeps them differs: on PostgreSQL every column is ascending, keys are listed in the database&apos;s order, and an index name is shared by every class; on MongoDB directions and order are kept and names are per class. _id_ and other names starting with _ are Parse Server&apos;s own.</source>
        <translation>Los índices aceleran las consultas que filtran u ordenan por sus campos. Cada base de datos los guarda a su manera: en PostgreSQL toda columna es ascendente, los campos aparecen en el orden de la base de datos y un nombre de índice es común a todas las clases; en MongoDB se conservan direcciones y orden y los nombres son por clase. _id_ y otros nombres que empiezan por _ son de Parse Server.</translation>
    </message>
</context>
<context>
    <name>IndexSave</name>
    <message>
        <source>%1 has no field %2</source>
        <translation>%1 no tiene el campo %2</translation>
    </message>
    <message>
        <source>%1 is the name of an index of %2. On PostgreSQL index names are shared by every class, and the server would create nothing. Choose another name.</source>
        <translation>%1 es el nombre de un índice de %2. En PostgreSQL los nombres de índice son comunes a todas las clases y el servidor no crearía nada. Elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is one of Parse&apos;s own indexes; it is not dropped</source>
        <translation>%1 es uno de los índices propios de Parse; no se elimina</translation>
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
        <translation>%1 s hasta ahora</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parámetros</translation>
    </message>
</context>
<context>
    <name>JobScheduleDialog</name>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Editar programación</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nueva programación</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no repeat</source>
        <translation>sin repetición</translation>
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
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Start (local time):</source>
        <translation>&amp;Inicio (hora local):</translation>
    </message>
    <message>
        <source>&amp;Repeat every:</source>
        <translation>&amp;Repetir cada:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Hora del día:</translation>
    </message>
    <message>
        <source>&amp;Params:</source>
        <translation>&amp;Parámetros:</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>(%1 local time)</source>
        <translation>(%1 hora local)</translation>
    </message>
    <message>
        <source>(none: from the start on)</source>
        <translation>(ninguna: desde el inicio)</translation>
    </message>
    <message>
        <source>The params must be a JSON object.</source>
        <translation>Los parámetros deben ser un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>JobScheduleModel</name>
    <message numerus="yes">
        <source>every %n minute(s) from %1 UTC each day</source>
        <translation>
            <numerusform>cada minuto desde las %1 UTC cada día</numerusform>
            <numerusform>cada %n minutos desde las %1 UTC cada día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>cada minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>daily at %1 UTC</source>
        <translation>a diario a las %1 UTC</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Próximas ejecuciones</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parámetros</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar seleccionadas</translation>
    </message>
    <message>
        <source>Delete &amp;older than</source>
        <translation>Eliminar las de &amp;más de</translation>
    </message>
    <message>
        <source>Undo journal — %1</source>
        <translation>Diario de deshacer — %1</translation>
    </message>
    <message>
        <source>Undo journal</source>
        <translation>Diario de deshacer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Entries that could not be read: %1</source>
        <translation>Entradas que no se pudieron leer: %1</translation>
    </message>
    <message>
        <source>This production connection is read-only: unlock writes to undo.</source>
        <translation>Esta conexión de producción es de solo lectura: desbloquee la escritura para deshacer.</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;? ParseDesk restores the changed fields, re-creates deleted objects and deletes created ones.</source>
        <translation>¿Deshacer «%1»? ParseDesk restaura los campos modificados, vuelve a crear los objetos eliminados y elimina los creados.</translation>
    </message>
    <message>
        <source>This entry was undone already; undoing it again writes the old values again.</source>
        <translation>Esta entrada ya se deshizo; deshacerla de nuevo vuelve a escribir los valores antiguos.</translation>
    </message>
    <message>
        <source>Undo on production</source>
        <translation>Deshacer en producción</translation>
    </message>
    <message>
        <source>This is a production server. Type %1 to confirm:</source>
        <translation>Este es un servidor de producción. Escriba %1 para confirmar:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>Delete journal entries</source>
        <translation>Eliminar entradas del diario</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) from the journal? They can no longer be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n entrada del diario? Ya no se podrá deshacer.</numerusform>
            <numerusform>¿Eliminar %n entradas del diario? Ya no se podrán deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries could not be deleted from %1.</source>
        <translation>Algunas entradas no se pudieron eliminar de %1.</translation>
    </message>
    <message numerus="yes">
        <source>No entry is older than %n day(s).</source>
        <translation>
            <numerusform>Ninguna entrada tiene más de %n día.</numerusform>
            <numerusform>Ninguna entrada tiene más de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) older than %1 days? They can no longer be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n entrada de más de %1 días? Ya no se podrá deshacer.</numerusform>
            <numerusform>¿Eliminar %n entradas de más de %1 días? Ya no se podrán deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) older than %1 days deleted.</source>
        <translation>
            <numerusform>%n entrada de más de %1 días eliminada.</numerusform>
            <numerusform>%n entradas de más de %1 días eliminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) of this entry have an unknown outcome (the server&apos;s answer was lost): undo reads the objects as they are now and only reverses what did happen.</source>
        <translation>
            <numerusform>%n escritura de esta entrada tiene un resultado desconocido (se perdió la respuesta del servidor): deshacer lee los objetos tal como están ahora y solo revierte lo que realmente ocurrió.</numerusform>
            <numerusform>%n escrituras de esta entrada tienen un resultado desconocido (se perdió la respuesta del servidor): deshacer lee los objetos tal como están ahora y solo revierte lo que realmente ocurrió.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Deshecha el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome unknown</source>
        <translation>
            <numerusform>%n con resultado desconocido</numerusform>
            <numerusform>%n con resultado desconocido</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entry %1, %2, from %3</source>
        <translation>Entrada %1, %2, desde %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4%5</source>
        <translation>%1 %2 %3: %4%5</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>enviado: %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>also set %1 (not kept in the journal: undo cannot restore it)</source>
        <translation>también establecido: %1 (no se guarda en el diario; deshacer no puede restaurar el valor anterior)</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>the integer %1 is beyond 64 bits and would be rounded. Write %2 to store the rounded number, or a string to keep every digit</source>
        <translation>el entero %1 supera los 64 bits y se redondearía. Escriba %2 para guardar el número redondeado, o una cadena para conservar todos los dígitos</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Takes effect the next time ParseDesk starts</source>
        <translation>Se aplica la próxima vez que se inicie ParseDesk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ParseDesk shows the new language once it starts again. Restart it now? Unsaved edits and unsent operations are asked about first.</source>
        <translation>ParseDesk mostrará el nuevo idioma cuando se vuelva a iniciar. ¿Reiniciarlo ahora? Antes se preguntará qué hacer con los cambios sin guardar y las operaciones sin enviar.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <source>No live listings open</source>
        <translation>No hay listas en vivo abiertas</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>&amp;New listing</source>
        <translation>&amp;Nueva lista</translation>
    </message>
    <message>
        <source>Open an empty live listing in a new tab</source>
        <translation>Abrir una lista en vivo vacía en una pestaña nueva</translation>
    </message>
    <message>
        <source>Open the game rooms by most visits in a new tab</source>
        <translation>Abrir las salas de juego con más visitas en una pestaña nueva</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>A live listing keeps a query current: it asks the server again every few seconds, or has changes pushed by LiveQuery, and changes only the rows that changed. Open one for any class, or the Rooms preset: game rooms by most visits.</source>
        <translation>Una lista en vivo mantiene una consulta actualizada: vuelve a preguntar al servidor cada pocos segundos o recibe los cambios mediante LiveQuery, y solo cambia las filas que cambiaron. Abra una para cualquier clase, o la plantilla de salas: salas de juego con más visitas.</translation>
    </message>
    <message>
        <source>Connect to a server to open live listings. The listings you leave open are kept for each connection and come back when you connect to it again.</source>
        <translation>Conéctese a un servidor para abrir listas en vivo. Las listas que deje abiertas se guardan para cada conexión y vuelven cuando se conecta de nuevo a ella.</translation>
    </message>
    <message>
        <source>New &amp;rooms listing</source>
        <translation>Nueva lista de &amp;salas</translation>
    </message>
    <message>
        <source>New rooms listing</source>
        <translation>Nueva lista de salas</translation>
    </message>
</context>
<context>
    <name>LiveListModel</name>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>LiveQuery</source>
        <translation>LiveQuery</translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>Sondeo cada %1 s</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (%2)</source>
        <translation>reconectando en %1 s (%2)</translation>
    </message>
    <message>
        <source>LiveQuery unavailable: %1</source>
        <translation>LiveQuery no disponible: %1</translation>
    </message>
</context>
<context>
    <name>LiveListing</name>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>The class to list; type a name when the class list is not available</source>
        <translation>La clase que listar; escriba un nombre cuando la lista de clases no esté disponible</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>Con&amp;dición</translation>
    </message>
    <message>
        <source>Constraints as a JSON object, as in the REST API&apos;s where parameter; Enter applies them</source>
        <translation>Restricciones como objeto JSON, como en el parámetro where de la API REST; Intro las aplica</translation>
    </message>
    <message>
        <source>{&quot;visits&quot;: {&quot;$gt&quot;: 100}}</source>
        <translation>{&quot;visits&quot;: {&quot;$gt&quot;: 100}}</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <source>Sort keys separated by commas; a leading minus sorts descending</source>
        <translation>Claves de ordenación separadas por comas; un signo menos delante ordena de forma descendente</translation>
    </message>
    <message>
        <source>-visits,roomName</source>
        <translation>-visits,roomName</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Límite</translation>
    </message>
    <message>
        <source>How many rows the listing keeps (the top N by the order)</source>
        <translation>Cuántas filas conserva la lista (las N primeras según el orden)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>Cam&amp;pos</translation>
    </message>
    <message>
        <source>Fields to fetch, separated by commas; empty fetches them all</source>
        <translation>Campos que obtener, separados por comas; vacío obtiene todos</translation>
    </message>
    <message>
        <source>all fields</source>
        <translation>todos los campos</translation>
    </message>
    <message>
        <source>Start or pause refreshing this listing</source>
        <translation>Iniciar o pausar la actualización de esta lista</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Refresh now instead of waiting for the interval</source>
        <translation>Actualizar ahora en lugar de esperar al intervalo</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Actualizar a&amp;hora</translation>
    </message>
    <message>
        <source>Game rooms by most visits: class Room, order -visits, with owner, name, players online, visits, last update and rank</source>
        <translation>Salas de juego con más visitas: clase Room, orden -visits, con propietario, nombre, jugadores en línea, visitas, última actualización y posición</translation>
    </message>
    <message>
        <source>&amp;Rooms preset</source>
        <translation>Plantilla de &amp;salas</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>C&amp;ada</translation>
    </message>
    <message>
        <source>Seconds between refreshes; with LiveQuery, between full re-syncs is ten times this</source>
        <translation>Segundos entre actualizaciones; con LiveQuery, entre resincronizaciones completas pasa diez veces este tiempo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <source>Polling asks the server every interval; LiveQuery gets changes pushed and falls back to polling when the server has no LiveQuery for this class</source>
        <translation>El sondeo pregunta al servidor en cada intervalo; LiveQuery recibe los cambios y vuelve al sondeo cuando el servidor no tiene LiveQuery para esta clase</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>LiveQuery</source>
        <translation>LiveQuery</translation>
    </message>
    <message>
        <source>next refresh in %1 s</source>
        <translation>próxima actualización en %1 s</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>it must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>Where not applied: %1</source>
        <translation>Condición no aplicada: %1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>updated at %1</source>
        <translation>actualizado a las %1</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>aún no cargado</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <source>The rows shown are from the last good refresh.</source>
        <translation>Las filas mostradas son de la última actualización correcta.</translation>
    </message>
    <message>
        <source>Start the listing to try again.</source>
        <translation>Inicie la lista para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Reintentando en %1 s.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>La última actualización falló: %1</translation>
    </message>
    <message>
        <source>Not connected. Connect to a server to see this listing.</source>
        <translation>Sin conexión. Conéctese a un servidor para ver esta lista.</translation>
    </message>
    <message>
        <source>Choose a class above to list its objects. The listing stays current while it runs: refreshes change only what changed.</source>
        <translation>Elija una clase arriba para listar sus objetos. La lista se mantiene actualizada mientras se ejecuta: las actualizaciones solo cambian lo que cambió.</translation>
    </message>
    <message>
        <source>Paused. Press Start to load %1.</source>
        <translation>En pausa. Pulse Iniciar para cargar %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>No %1 objects match this query. The listing keeps watching: matches show up here as soon as a refresh finds them.</source>
        <translation>Ningún objeto de %1 coincide con esta consulta. La lista sigue vigilando: las coincidencias aparecen aquí en cuanto una actualización las encuentra.</translation>
    </message>
    <message>
        <source>full re-sync in %1 s</source>
        <translation>resincronización completa en %1 s</translation>
    </message>
    <message>
        <source>Nothing loaded: the query for %1 failed (see above).</source>
        <translation>Nada cargado: la consulta de %1 falló (ver arriba).</translation>
    </message>
    <message>
        <source>Every %1 s uses %2 of the %3 operations/min budget</source>
        <translation>Cada %1 s usa %2 del presupuesto de %3 operaciones/min</translation>
    </message>
    <message>
        <source>Every %1 s uses %2 of the %3 requests/min budget</source>
        <translation>Cada %1 s usa %2 del presupuesto de %3 peticiones/min</translation>
    </message>
    <message>
        <source>Refreshes over the budget wait in the queue, and so does everything else of this connection meanwhile. A longer interval keeps room for the rest.</source>
        <translation>Las actualizaciones que superan el presupuesto esperan en la cola, y mientras tanto también todo lo demás de esta conexión. Un intervalo más largo deja sitio para el resto.</translation>
    </message>
    <message>
        <source>Build the where with conditions and groups instead of typing JSON</source>
        <translation>Construir la condición con condiciones y grupos en lugar de escribir JSON</translation>
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
        <translation>Error de LiveQuery %1: %2</translation>
    </message>
    <message>
        <source>the LiveQuery connection closed</source>
        <translation>la conexión de LiveQuery se cerró</translation>
    </message>
    <message>
        <source>no subscription confirmed within 10 s</source>
        <translation>ninguna suscripción confirmada en 10 s</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>suscrito</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>evento: %1</translation>
    </message>
    <message>
        <source>closed, retrying in %1 s</source>
        <translation>cerrado, reintento en %1 s</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro de peticiones</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to the connection chosen in the toolbar</source>
        <translation>Conectarse con la conexión elegida en la barra de herramientas</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>C&amp;onexiones…</translation>
    </message>
    <message>
        <source>Add, edit, test and delete saved connections</source>
        <translation>Añadir, editar, probar y eliminar conexiones guardadas</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload the class list, the counts and the server version</source>
        <translation>Recargar la lista de clases, los recuentos y la versión del servidor</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
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
        <translation>&amp;Acerca de ParseDesk</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>The saved connection to work with; choosing one connects to it</source>
        <translation>La conexión guardada con la que trabajar; al elegir una, se conecta a ella</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>&amp;Registro de peticiones</translation>
    </message>
    <message>
        <source>%1 — ParseDesk</source>
        <translation>%1 — ParseDesk</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>&amp;Flush request queue</source>
        <translation>Enviar ahora la &amp;cola de peticiones</translation>
    </message>
    <message>
        <source>Send the requests waiting in this connection&apos;s queue now, instead of at the next flush</source>
        <translation>Enviar ahora las peticiones que esperan en la cola de esta conexión, en lugar de en el próximo envío</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Cloud Code</source>
        <translation>Cloud Code</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Undo &amp;journal…</source>
        <translation>&amp;Diario de deshacer…</translation>
    </message>
    <message>
        <source>Review, undo and prune what ParseDesk changed on this connection&apos;s server</source>
        <translation>Revisar, deshacer y depurar lo que ParseDesk cambió en el servidor de esta conexión</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message numerus="yes">
        <source>Not closed: %n change(s) could not be saved; they stay pending, hover for the reason.</source>
        <translation>
            <numerusform>No se cerró: %n cambio no se pudo guardar; queda pendiente, pase el ratón por encima para ver el motivo.</numerusform>
            <numerusform>No se cerró: %n cambios no se pudieron guardar; quedan pendientes, pase el ratón por encima para ver el motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed cell(s) of %1 not saved to the server.</source>
        <translation>
            <numerusform>%n celda cambiada de %1 no guardada en el servidor.</numerusform>
            <numerusform>%n celdas cambiadas de %1 no guardadas en el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A batch is being sent: %n operation(s) in the batch composer still wait for their outcome.</source>
        <translation>
            <numerusform>Se está enviando un lote: %n operación del editor de lotes aún espera su resultado.</numerusform>
            <numerusform>Se está enviando un lote: %n operaciones del editor de lotes aún esperan su resultado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the batch composer not sent yet, or without a known outcome.</source>
        <translation>
            <numerusform>%n operación del editor de lotes aún sin enviar o sin resultado conocido.</numerusform>
            <numerusform>%n operaciones del editor de lotes aún sin enviar o sin resultado conocido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Trabajo sin guardar</translation>
    </message>
    <message>
        <source>Saving before leaving…</source>
        <translation>Guardando antes de salir…</translation>
    </message>
    <message>
        <source>Not connected, so the composer&apos;s operations can&apos;t be kept for the next start: Cancel and save them to a file (Save… in the batch composer), or discard them.</source>
        <translation>Sin conexión, las operaciones del editor de lotes no se pueden conservar para el próximo inicio: cancele y guárdelas en un archivo (Guardar… en el editor de lotes), o descártelas.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Not closed: Parse Config could not be saved; see the Server tab.</source>
        <translation>No se cerró: Parse Config no se pudo guardar; véase la pestaña Servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n Parse Config parameter(s) changed and not saved to the server.</source>
        <translation>
            <numerusform>%n parámetro de Parse Config cambiado y no guardado en el servidor.</numerusform>
            <numerusform>%n parámetros de Parse Config cambiados y no guardados en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save writes the changed cells and parameters to the server and lets a batch being sent finish; the composer&apos;s operations come back the next time this connection opens. Discard drops the changes and the operations.</source>
        <translation>Guardar escribe las celdas y parámetros cambiados en el servidor y deja terminar un lote en envío; las operaciones del compositor vuelven la próxima vez que se abra esta conexión. Descartar elimina los cambios y las operaciones.</translation>
    </message>
</context>
<context>
    <name>NearValueEdit</name>
    <message>
        <source>Latitude of the point</source>
        <translation>Latitud del punto</translation>
    </message>
    <message>
        <source>Longitude of the point</source>
        <translation>Longitud del punto</translation>
    </message>
    <message>
        <source>Largest distance from the point</source>
        <translation>Distancia máxima desde el punto</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>cualquier distancia</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>millas</translation>
    </message>
    <message>
        <source>radians</source>
        <translation>radianes</translation>
    </message>
</context>
<context>
    <name>ObjectBrowser</name>
    <message>
        <source>Back to the previous objects (Alt+Left)</source>
        <translation>Volver a los objetos anteriores (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Condición:</translation>
    </message>
    <message>
        <source>A where in Parse&apos;s JSON form; Enter applies it</source>
        <translation>Una condición where en el formato JSON de Parse; Intro la aplica</translation>
    </message>
    <message>
        <source>all objects — or a where, e.g. {&quot;name&quot;: &quot;Lobby&quot;}</source>
        <translation>todos los objetos — o una condición where, p. ej. {&quot;name&quot;: &quot;Lobby&quot;}</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Show or hide columns</source>
        <translation>Mostrar u ocultar columnas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Show and edit dates in UTC instead of local time</source>
        <translation>Mostrar y editar las fechas en UTC en lugar de la hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Load the objects again (F5, R)</source>
        <translation>Volver a cargar los objetos (F5, R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Create an object from a form with the class&apos;s fields</source>
        <translation>Crear un objeto con un formulario con los campos de la clase</translation>
    </message>
    <message>
        <source>Add row…</source>
        <translation>Añadir fila…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete the selected objects from the server</source>
        <translation>Eliminar del servidor los objetos seleccionados</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Olvidar los cambios aún no guardados</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Send the changed cells to the server (Ctrl+S)</source>
        <translation>Enviar las celdas modificadas al servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>%1 can&apos;t be sorted by: the server orders only by String, Number, Boolean and Date fields (this one is %2)</source>
        <translation>No se puede ordenar por %1: el servidor solo ordena por campos String, Number, Boolean y Date (este es %2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>No class selected</source>
        <translation>Ninguna clase seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln object(s)</source>
        <translation>
            <numerusform>%1 de %Ln objeto</numerusform>
            <numerusform>%1 de %Ln objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 loaded, counting…</source>
        <translation>%1 cargados, contando…</translation>
    </message>
    <message>
        <source> — loading</source>
        <translation> — cargando</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n object(s) updated.</source>
        <translation>
            <numerusform>Guardado: %n objeto actualizado.</numerusform>
            <numerusform>Guardado: %n objetos actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved, %2 failed; the failed changes stay pending (red), hover for the reason.</source>
        <translation>%1 guardados, %2 fallidos; los cambios fallidos siguen pendientes (en rojo), pase el ratón por encima para ver el motivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objeto</numerusform>
            <numerusform>%n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save (%1)</source>
        <translation>&amp;Guardar (%1)</translation>
    </message>
    <message>
        <source>Build the where with conditions and groups instead of typing JSON</source>
        <translation>Construir la condición con condiciones y grupos en lugar de escribir JSON</translation>
    </message>
    <message>
        <source>Builder…</source>
        <translation>Editor…</translation>
    </message>
    <message>
        <source>Write every object the filter matches, all pages, to a JSON or CSV file</source>
        <translation>Escribir todos los objetos que coinciden con el filtro, de todas las páginas, en un archivo JSON o CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Create objects from a JSON or CSV file, sent as batches with an outcome per row</source>
        <translation>Crear objetos a partir de un archivo JSON o CSV, enviados en lotes con un resultado por fila</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>All matching objects as &amp;JSON…</source>
        <translation>Todos los objetos coincidentes como &amp;JSON…</translation>
    </message>
    <message>
        <source>All matching objects as &amp;CSV…</source>
        <translation>Todos los objetos coincidentes como &amp;CSV…</translation>
    </message>
    <message>
        <source>A where is a JSON object, {…} — filter not applied.</source>
        <translation>Un where es un objeto JSON, {…} — filtro no aplicado.</translation>
    </message>
    <message>
        <source>Invalid JSON at %1 — filter not applied.</source>
        <translation>JSON no válido en %1 — filtro no aplicado.</translation>
    </message>
    <message>
        <source>The rows below are unfiltered.</source>
        <translation>Las filas de abajo no están filtradas.</translation>
    </message>
    <message>
        <source>The rows below match the previous filter.</source>
        <translation>Las filas de abajo corresponden al filtro anterior.</translation>
    </message>
    <message>
        <source>Create a copy of each selected object</source>
        <translation>Crear una copia de cada objeto seleccionado</translation>
    </message>
    <message>
        <source>Change the selected objects, or all objects matching the filter, at once</source>
        <translation>Cambiar a la vez los objetos seleccionados, o todos los que cumplen el filtro</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Editar selección…</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mantener los míos</translation>
    </message>
    <message>
        <source>Write the selected conflicting edits anyway, over the server&apos;s newer values</source>
        <translation>Escribir de todos modos los cambios en conflicto seleccionados, sobre los valores más recientes del servidor</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Aceptar los suyos</translation>
    </message>
    <message>
        <source>Drop the selected conflicting edits and show the server&apos;s values</source>
        <translation>Descartar los cambios en conflicto seleccionados y mostrar los valores del servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) met a newer value on the server (hover a red cell for the three values). For the selected cells:</source>
        <translation>
            <numerusform>%n cambio encontró un valor más reciente en el servidor (pase el ratón sobre la celda roja para ver los tres valores). Para las celdas seleccionadas:</numerusform>
            <numerusform>%n cambios encontraron valores más recientes en el servidor (pase el ratón sobre una celda roja para ver los tres valores). Para las celdas seleccionadas:</numerusform>
        </translation>
    </message>
    <message>
        <source> — cached from %1, checking</source>
        <translation> — en caché desde las %1, comprobando</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) not sent: changed on the server since loaded.</source>
        <translation>
            <numerusform>%n conflicto no enviado: cambió en el servidor desde que se cargó.</numerusform>
            <numerusform>%n conflictos no enviados: cambiaron en el servidor desde que se cargaron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectCellEditor</name>
    <message>
        <source>Open the %1 %2 objects it points to</source>
        <translation>Abrir los %1 objetos %2 a los que apunta</translation>
    </message>
    <message>
        <source>Load bytes from a file</source>
        <translation>Cargar bytes desde un archivo</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Save the bytes to a file</source>
        <translation>Guardar los bytes en un archivo</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Invalid JSON at %1 — the value is not changed; fix it or press Cancel.</source>
        <translation>JSON no válido en %1 — el valor no cambia; corríjalo o pulse Cancelar.</translation>
    </message>
    <message>
        <source>Increment %1</source>
        <translation>Incrementar %1</translation>
    </message>
    <message>
        <source>Amount (negative to decrease):</source>
        <translation>Cantidad (negativa para disminuir):</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Items, as JSON separated by commas (e.g. &quot;a&quot;, 2):</source>
        <translation>Elementos, como JSON separados por comas (p. ej. &quot;a&quot;, 2):</translation>
    </message>
    <message>
        <source>Not applied: the items are not valid JSON</source>
        <translation>No aplicado: los elementos no son JSON válido</translation>
    </message>
    <message>
        <source>ACL of %1</source>
        <translation>ACL de %1</translation>
    </message>
</context>
<context>
    <name>ObjectColumnState</name>
    <message>
        <source>Freeze up to this column</source>
        <translation>Inmovilizar hasta esta columna</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Movilizar columnas</translation>
    </message>
    <message>
        <source>Show field of %1</source>
        <translation>Mostrar campo de %1</translation>
    </message>
</context>
<context>
    <name>ObjectContextMenu</name>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Open related objects</source>
        <translation>Abrir objetos relacionados</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Load bytes from a file…</source>
        <translation>Cargar bytes desde un archivo…</translation>
    </message>
    <message>
        <source>Save the bytes to a file…</source>
        <translation>Guardar los bytes en un archivo…</translation>
    </message>
    <message>
        <source>Edit as JSON…</source>
        <translation>Editar como JSON…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Increment…</source>
        <translation>Incrementar…</translation>
    </message>
    <message>
        <source>Add items…</source>
        <translation>Añadir elementos…</translation>
    </message>
    <message>
        <source>Add unique items…</source>
        <translation>Añadir elementos únicos…</translation>
    </message>
    <message>
        <source>Remove items…</source>
        <translation>Quitar elementos…</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>Quitar valor</translation>
    </message>
    <message>
        <source>Edit selected rows…</source>
        <translation>Editar filas seleccionadas…</translation>
    </message>
    <message>
        <source>Duplicate selected rows</source>
        <translation>Duplicar filas seleccionadas</translation>
    </message>
    <message>
        <source>Keep mine (write it over the server&apos;s)</source>
        <translation>Mantener el mío (escribirlo sobre el del servidor)</translation>
    </message>
    <message>
        <source>Take theirs (drop my edit)</source>
        <translation>Tomar el suyo (descartar mi cambio)</translation>
    </message>
    <message>
        <source>Run Cloud Code for each…</source>
        <translation>Ejecutar Cloud Code para cada una…</translation>
    </message>
</context>
<context>
    <name>ObjectExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export stopped after %1 objects: %2</source>
        <translation>Exportación detenida tras %1 objetos: %2</translation>
    </message>
    <message>
        <source>the server answered the same page again (it ignores the query&apos;s where), so not every object could be read</source>
        <translation>el servidor devolvió otra vez la misma página (ignora el where de la consulta), así que no se pudieron leer todos los objetos</translation>
    </message>
    <message>
        <source>Export stopped: %1 objects were counted at the start, %2 read, and counting again failed: %3</source>
        <translation>Exportación detenida: al principio se contaron %1 objetos, se leyeron %2 y el nuevo recuento falló: %3</translation>
    </message>
    <message>
        <source>the server counts %1 objects but listed only these, so the file would be incomplete</source>
        <translation>el servidor cuenta %1 objetos pero solo ha listado estos, así que el archivo quedaría incompleto</translation>
    </message>
</context>
<context>
    <name>ObjectFetcher</name>
    <message>
        <source>the server answered the same page of %1 again (it ignores the query&apos;s where)</source>
        <translation>el servidor devolvió otra vez la misma página de %1 (ignora el where de la consulta)</translation>
    </message>
</context>
<context>
    <name>ObjectFileTransfer</name>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
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
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 objects written…</source>
        <translation>%1 objetos escritos…</translation>
    </message>
    <message>
        <source>%1 of %2 objects written…</source>
        <translation>%1 de %2 objetos escritos…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Exportación cancelada; no se escribió %1.</translation>
    </message>
    <message>
        <source>Exported %1 objects of %2 to %3.</source>
        <translation>Se exportaron %1 objetos de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>ObjectImporter</name>
    <message>
        <source>The file holds no objects.</source>
        <translation>El archivo no contiene objetos.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>Expected an array of objects, or {&quot;results&quot;: [...]} as a query answers.</source>
        <translation>Se esperaba un array de objetos, o {&quot;results&quot;: [...]} como responde una consulta.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: no es un objeto</translation>
    </message>
    <message>
        <source>objectIds are not sent: the server gives every object a new one.</source>
        <translation>Los objectIds no se envían: el servidor asigna uno nuevo a cada objeto.</translation>
    </message>
    <message>
        <source>createdAt and updatedAt are set by the server and not sent.</source>
        <translation>createdAt y updatedAt los establece el servidor y no se envían.</translation>
    </message>
    <message>
        <source>Relations hold no values and are not imported: %1.</source>
        <translation>Las relaciones no contienen valores y no se importan: %1.</translation>
    </message>
    <message>
        <source>Not valid CSV: %1</source>
        <translation>CSV no válido: %1</translation>
    </message>
    <message>
        <source>Line 1: column %1 has no field name.</source>
        <translation>Línea 1: la columna %1 no tiene nombre de campo.</translation>
    </message>
    <message>
        <source>Line 1, column %1: %2</source>
        <translation>Línea 1, columna %1: %2</translation>
    </message>
    <message>
        <source>Line 1: the field %1 has two columns.</source>
        <translation>Línea 1: el campo %1 tiene dos columnas.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: %2 cells but %3 columns</source>
        <translation>%1: %2 celdas pero %3 columnas</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Columns not sent (set by the server, or relations): %1.</source>
        <translation>Columnas no enviadas (las establece el servidor, o son relaciones): %1.</translation>
    </message>
</context>
<context>
    <name>ObjectRowActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>Save or discard the %n changed cell(s) first.</source>
        <translation>
            <numerusform>Guarde o descarte primero la %n celda modificada.</numerusform>
            <numerusform>Guarde o descarte primero las %n celdas modificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>Tick the fields to set and type their values; the others stay unset.</source>
        <translation>Marque los campos que quiere establecer y escriba sus valores; los demás quedan sin establecer.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.</source>
        <translation>
            <numerusform>¿Eliminar del servidor %n objeto de %1? Se guarda una copia en el diario de deshacer.</numerusform>
            <numerusform>¿Eliminar del servidor %n objetos de %1? Se guarda una copia en el diario de deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete objects on a production server</source>
        <translation>Eliminar objetos en un servidor de producción</translation>
    </message>
    <message>
        <source>Type the class name (%1) to confirm:</source>
        <translation>Escriba el nombre de la clase (%1) para confirmar:</translation>
    </message>
    <message>
        <source>Delete objects</source>
        <translation>Eliminar objetos</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) written.</source>
        <translation>
            <numerusform>Hecho: %n objeto escrito.</numerusform>
            <numerusform>Hecho: %n objetos escritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written, %2 failed: %3</source>
        <translation>%1 escritos, %2 fallidos: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): not deleted, as changed on the server since loaded; the table shows them as they are now.</source>
        <translation>
            <numerusform>%n conflicto: no eliminado, pues cambió en el servidor desde que se cargó; la tabla lo muestra como está ahora.</numerusform>
            <numerusform>%n conflictos: no eliminados, pues cambiaron en el servidor desde que se cargaron; la tabla los muestra como están ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectRows</name>
    <message>
        <source>offset %1: %2</source>
        <translation>desplazamiento %1: %2</translation>
    </message>
    <message>
        <source>empty reply</source>
        <translation>respuesta vacía</translation>
    </message>
    <message>
        <source>a find reply is a JSON object</source>
        <translation>una respuesta de find debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;results&quot; is not an array</source>
        <translation>&quot;results&quot; no es un array</translation>
    </message>
    <message>
        <source>result %1 is not an object</source>
        <translation>el resultado %1 no es un objeto</translation>
    </message>
    <message>
        <source>no &quot;results&quot; in the reply</source>
        <translation>no hay &quot;results&quot; en la respuesta</translation>
    </message>
</context>
<context>
    <name>ObjectScopeBox</name>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>The selected rows (none are selected)</source>
        <translation>Las filas seleccionadas (no hay ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected row(s)</source>
        <translation>
            <numerusform>La %n fila seleccionada</numerusform>
            <numerusform>Las %n filas seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln object(s) of the class</source>
        <translation>
            <numerusform>Todos los %Ln objetos de la clase</numerusform>
            <numerusform>Todos los %Ln objetos de la clase</numerusform>
        </translation>
    </message>
    <message>
        <source>All objects of the class</source>
        <translation>Todos los objetos de la clase</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln object(s) matching the filter</source>
        <translation>
            <numerusform>Todos los %Ln objetos que cumplen el filtro</numerusform>
            <numerusform>Todos los %Ln objetos que cumplen el filtro</numerusform>
        </translation>
    </message>
    <message>
        <source>All objects matching the filter</source>
        <translation>Todos los objetos que cumplen el filtro</translation>
    </message>
    <message>
        <source> (read page by page, never all at once)</source>
        <translation> (leídos página a página, nunca todos a la vez)</translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Cambiado, aún sin guardar</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>Not saved: the object changed on the server after it was loaded.
Loaded: %1
Server now: %2
Mine: %3
Keep mine writes yours anyway; Take theirs drops it.</source>
        <translation>No guardado: el objeto cambió en el servidor después de cargarse.
Cargado: %1
Servidor ahora: %2
Mío: %3
«Mantener el mío» escribe el suyo de todos modos; «Tomar el suyo» lo descarta.</translation>
    </message>
    <message>
        <source>Changed on the server meanwhile: it is %1 there now; yours (%2) is not saved yet, and saving it is a conflict.</source>
        <translation>Cambiado en el servidor mientras tanto: allí ahora es %1; el suyo (%2) aún no está guardado, y guardarlo es un conflicto.</translation>
    </message>
    <message>
        <source>Changed on the server since this page was last shown</source>
        <translation>Cambiado en el servidor desde la última vez que se mostró esta página</translation>
    </message>
    <message>
        <source>%1 Not sent: the objects could not be read to check for changes on the server.</source>
        <translation>%1 No enviado: no se pudieron leer los objetos para comprobar si cambiaron en el servidor.</translation>
    </message>
</context>
<context>
    <name>ObjectValueDelegate</name>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (abrir)</translation>
    </message>
    <message>
        <source>objectId of a %1</source>
        <translation>objectId de un objeto %1</translation>
    </message>
    <message>
        <source>latitude, longitude</source>
        <translation>latitud, longitud</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Expected &quot;latitude, longitude&quot; within ±90 and ±180</source>
        <translation>Se esperaba «latitud, longitud» dentro de ±90 y ±180</translation>
    </message>
    <message>
        <source>base64, e.g. aGVsbG8= (or load a file from the context menu)</source>
        <translation>base64, p. ej. aGVsbG8= (o cargue un archivo desde el menú contextual)</translation>
    </message>
    <message>
        <source>Not base64: use A-Z, a-z, 0-9, + and / with = padding</source>
        <translation>No es base64: use A-Z, a-z, 0-9, + y / con = como relleno</translation>
    </message>
</context>
<context>
    <name>OperationBuilder</name>
    <message>
        <source>Increment takes a number, e.g. 1 or -5</source>
        <translation>Increment admite un número, p. ej. 1 o -5</translation>
    </message>
    <message>
        <source>%1 takes items as JSON, e.g. &quot;red&quot;, 2 or [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>%1 admite elementos como JSON, p. ej. &quot;red&quot;, 2 o [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1 takes the objectIds of the related objects</source>
        <translation>%1 admite los objectIds de los objetos relacionados</translation>
    </message>
</context>
<context>
    <name>OperationDelegate</name>
    <message>
        <source>A path starts with / and has no query, e.g. /classes/Room or /users/abc</source>
        <translation>Una ruta empieza por / y no tiene parámetros de consulta, p. ej. /classes/Room o /users/abc</translation>
    </message>
    <message>
        <source>The body must be a JSON object, e.g. {&quot;visits&quot;: 1}, or empty</source>
        <translation>El cuerpo debe ser un objeto JSON, p. ej. {&quot;visits&quot;: 1}, o estar vacío</translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <source>Add operation</source>
        <translation>Añadir operación</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operación:</translation>
    </message>
    <message>
        <source>Create an object (POST)</source>
        <translation>Crear un objeto (POST)</translation>
    </message>
    <message>
        <source>Update an object (PUT)</source>
        <translation>Actualizar un objeto (PUT)</translation>
    </message>
    <message>
        <source>Delete an object (DELETE)</source>
        <translation>Eliminar un objeto (DELETE)</translation>
    </message>
    <message>
        <source>Query objects (GET)</source>
        <translation>Consultar objetos (GET)</translation>
    </message>
    <message>
        <source>Field operation: Increment, Add, Remove, relations… (PUT)</source>
        <translation>Operación de campo: Increment, Add, Remove, relaciones… (PUT)</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>Object &amp;id:</source>
        <translation>&amp;ID del objeto:</translation>
    </message>
    <message>
        <source>objectId, e.g. xWMyZ4YEGZ</source>
        <translation>objectId, p. ej. xWMyZ4YEGZ</translation>
    </message>
    <message>
        <source>Tick the fields to send and type their values; each value is checked against the field&apos;s type. Double-click a value to edit it.</source>
        <translation>Marque los campos que quiere enviar y escriba sus valores; cada valor se comprueba con el tipo del campo. Haga doble clic en un valor para editarlo.</translation>
    </message>
    <message>
        <source>With an object id this reads that one object; without one it queries the class. A GET inside a batch takes these in its body.</source>
        <translation>Con un ID de objeto, lee solo ese objeto; sin él, consulta la clase. Un GET dentro de un lote lleva estos datos en su cuerpo.</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;peración:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Ca&amp;mpo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>The operation:</source>
        <translation>La operación:</translation>
    </message>
    <message>
        <source>optional: read just this object</source>
        <translation>opcional: leer solo este objeto</translation>
    </message>
    <message>
        <source>A number to add to the field; negative subtracts. Atomic on the server.</source>
        <translation>Un número que se suma al campo; si es negativo, resta. Atómico en el servidor.</translation>
    </message>
    <message>
        <source>Items to append to the array, as JSON: &quot;red&quot;, 2 (a bare word is one string).</source>
        <translation>Elementos que añadir al array, como JSON: &quot;red&quot;, 2 (una palabra suelta es una cadena).</translation>
    </message>
    <message>
        <source>Items to append unless the array has them already.</source>
        <translation>Elementos que añadir salvo que el array ya los contenga.</translation>
    </message>
    <message>
        <source>Items to take out of the array, wherever they are.</source>
        <translation>Elementos que quitar del array, estén donde estén.</translation>
    </message>
    <message>
        <source>Removes the field from the object. No value needed.</source>
        <translation>Quita el campo del objeto. No hace falta ningún valor.</translation>
    </message>
    <message>
        <source>The objectIds to relate, separated by commas; pick a Relation field.</source>
        <translation>Los objectIds que relacionar, separados por comas; elija un campo Relation.</translation>
    </message>
    <message>
        <source>The objectIds of %1 objects, separated by commas.</source>
        <translation>Los objectIds de objetos %1, separados por comas.</translation>
    </message>
    <message>
        <source>Choose or type a class.</source>
        <translation>Elija o escriba una clase.</translation>
    </message>
    <message>
        <source>Type the objectId of the object to change.</source>
        <translation>Escriba el objectId del objeto que quiere cambiar.</translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation>Marque al menos un campo que cambiar.</translation>
    </message>
    <message>
        <source>Choose or type the field to change.</source>
        <translation>Elija o escriba el campo que quiere cambiar.</translation>
    </message>
    <message>
        <source>Apply to the operation</source>
        <translation>Aplicar a la operación</translation>
    </message>
    <message>
        <source>Deletes the object with this id. The undo journal keeps a copy first: View → Undo journal can re-create it.</source>
        <translation>Elimina el objeto con este id. El diario de deshacer guarda antes una copia: Ver → Diario de deshacer puede volver a crearlo.</translation>
    </message>
</context>
<context>
    <name>OutcomeCheck</name>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>Only writes to objects can be checked; what this one did can&apos;t be read back.</source>
        <translation>Solo se pueden comprobar las escrituras en objetos; lo que hizo esta no se puede volver a leer.</translation>
    </message>
    <message>
        <source>A create without its own objectId can&apos;t be found again: look for the new object by its fields before sending it again.</source>
        <translation>Una creación sin objectId propio no se puede volver a encontrar: busque el objeto nuevo por sus campos antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>%1 %2 still exists: the delete was not applied.</source>
        <translation>%1 %2 todavía existe: la eliminación no se aplicó.</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists: the delete has taken effect (or the object never existed).</source>
        <translation>%1 %2 ya no existe: la eliminación tiene efecto (o el objeto nunca existió).</translation>
    </message>
    <message>
        <source>%1 %2 exists: the create was applied.</source>
        <translation>%1 %2 existe: la creación se aplicó.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist: the create was not applied.</source>
        <translation>%1 %2 no existe: la creación no se aplicó.</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists, so whether the update was applied can&apos;t be told.</source>
        <translation>%1 %2 ya no existe, así que no se puede saber si la actualización se aplicó.</translation>
    </message>
    <message>
        <source>%1 still holds %2: the update was not applied (or was changed since).</source>
        <translation>%1 todavía contiene %2: la actualización no se aplicó (o el campo se ha vuelto a cambiar desde entonces).</translation>
    </message>
    <message>
        <source>%1 is changed by %2, whose effect can&apos;t be told from the object&apos;s state.</source>
        <translation>%1 se modifica con %2, cuyo efecto no se puede deducir del estado del objeto.</translation>
    </message>
    <message>
        <source>%1 holds %2, not the written %3: the update was not applied (or was changed since).</source>
        <translation>%1 contiene %2, no el valor escrito %3: la actualización no se aplicó (o el campo se ha vuelto a cambiar desde entonces).</translation>
    </message>
    <message>
        <source>Every field holds the written value: the update has taken effect.</source>
        <translation>Todos los campos contienen el valor escrito: la actualización se aplicó.</translation>
    </message>
    <message>
        <source>A read changes nothing.</source>
        <translation>Una lectura no cambia nada.</translation>
    </message>
    <message>
        <source>The objects could not be read: %1</source>
        <translation>No se pudieron leer los objetos: %1</translation>
    </message>
    <message>
        <source>%1; read back: %2 Sending it again is safe.</source>
        <translation>%1; al volver a leer: %2 Es seguro volver a enviarla.</translation>
    </message>
    <message>
        <source>%1; read back: %2</source>
        <translation>%1; al volver a leer: %2</translation>
    </message>
</context>
<context>
    <name>ParseClient</name>
    <message>
        <source>%1 needs the master key, and this profile has none. Add the master key to the profile (Parse Server accepts it only from the addresses in its masterKeyIps).</source>
        <translation>%1 necesita la clave maestra, y este perfil no tiene ninguna. Añada la clave maestra al perfil (Parse Server solo la acepta desde las direcciones de su masterKeyIps).</translation>
    </message>
    <message>
        <source>The connection was closed before this request was sent.</source>
        <translation>La conexión se cerró antes de enviar esta petición.</translation>
    </message>
    <message>
        <source>Cancelled while waiting to be sent; it was not sent.</source>
        <translation>Cancelada mientras esperaba su envío; no se envió.</translation>
    </message>
    <message>
        <source>Not sent: the undo journal closed before the write could be recorded.</source>
        <translation>No enviado: el diario de deshacer se cerró antes de poder registrar la escritura.</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: the production connection %3 is read-only until writes are unlocked.</source>
        <translation>%1 %2 no se envió: la conexión de producción %3 es de solo lectura hasta que se desbloquee la escritura.</translation>
    </message>
    <message>
        <source>the connection closed after the request was sent and before its reply arrived</source>
        <translation>la conexión se cerró después de enviar la petición y antes de que llegara su respuesta</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <source>Outcome unknown: the server may have applied this write; check before sending it again.</source>
        <translation>Resultado desconocido: puede que el servidor haya aplicado esta escritura; compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The server refused the application id or key (HTTP 403 unauthorized).</source>
        <translation>El servidor rechazó el ID de aplicación o la clave (HTTP 403 unauthorized).</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this needs the master key or rights the keys don&apos;t give.</source>
        <translation>Permiso denegado (HTTP 403): esto necesita la clave maestra o permisos que las claves no otorgan.</translation>
    </message>
    <message>
        <source>Parse error %1: %2</source>
        <translation>Error de Parse %1: %2</translation>
    </message>
    <message>
        <source>HTTP 404: no Parse route here. Check the server URL and its mount path (e.g. /parse).</source>
        <translation>HTTP 404: no hay ninguna ruta de Parse aquí. Compruebe la URL del servidor y su ruta de montaje (p. ej. /parse).</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Servidor inalcanzable: %1</translation>
    </message>
    <message>
        <source>No reply in time: %1</source>
        <translation>Sin respuesta a tiempo: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON: %1</source>
        <translation>La respuesta del servidor no es JSON válido: %1</translation>
    </message>
    <message>
        <source>Cancelled before a reply arrived.</source>
        <translation>Cancelado antes de que llegara una respuesta.</translation>
    </message>
    <message>
        <source>empty reply</source>
        <translation>respuesta vacía</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 en el desplazamiento %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>una página HTML en lugar de JSON</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sin cuerpo</translation>
    </message>
    <message>
        <source>The session token is invalid or has expired (Parse error 209): log in again for a new one.</source>
        <translation>El token de sesión no es válido o ha caducado (error de Parse 209): vuelva a iniciar sesión para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted, so nothing was sent: %1 To trust this certificate, add its SHA-256 fingerprint to the profile (Connections, or --trust-cert).</source>
        <translation>El certificado TLS del servidor no es de confianza, así que no se envió nada: %1 Para confiar en este certificado, añada su huella digital SHA-256 al perfil (Conexiones, o --trust-cert).</translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). ParseDesk does not follow redirects, so keys and writes never go to another server: if that is the right address, change the profile&apos;s server URL to it.</source>
        <translation>El servidor redirigió a %1 (HTTP %2). ParseDesk no sigue redirecciones, para que las claves y las escrituras nunca vayan a otro servidor: si esa es la dirección correcta, cambie la URL del servidor del perfil a esa dirección.</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the reply</source>
        <translation>tiempo de espera agotado tras %1 s esperando la respuesta</translation>
    </message>
    <message>
        <source>The reply is larger than the limit of %1 MB (%2 MB or more); it was not read. Ask for fewer objects (limit, keys) or raise the limit.</source>
        <translation>La respuesta supera el límite de %1 MB (%2 MB o más); no se leyó. Pida menos objetos (limit, keys) o aumente el límite.</translation>
    </message>
    <message>
        <source>Connection lost before the reply: %1</source>
        <translation>Conexión perdida antes de la respuesta: %1</translation>
    </message>
    <message>
        <source>Server unreachable at %1: %2.</source>
        <translation>Servidor inalcanzable en %1: %2.</translation>
    </message>
    <message>
        <source>timed out: nothing arrived for %1 s while receiving the reply (its body stalled)</source>
        <translation>tiempo agotado: no llegó nada durante %1 s al recibir la respuesta (su cuerpo se detuvo)</translation>
    </message>
</context>
<context>
    <name>ParseNames</name>
    <message>
        <source>A class needs a name.</source>
        <translation>Una clase necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Parse system class; other class names start with a letter.</source>
        <translation>«%1» no es una clase de sistema de Parse; los demás nombres de clase empiezan por una letra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid class name: start with a letter, then use only letters, digits and _.</source>
        <translation>«%1» no es un nombre de clase válido: empiece por una letra y después use solo letras, dígitos y _.</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>Un campo necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: start with a letter, then use only letters, digits and _.</source>
        <translation>«%1» no es un nombre de campo válido: empiece por una letra y después use solo letras, dígitos y _.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by Parse and can&apos;t name a class.</source>
        <translation>«%1» está reservado por Parse y no puede ser el nombre de una clase.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by Parse and can&apos;t name a field.</source>
        <translation>«%1» está reservado por Parse y no puede ser el nombre de un campo.</translation>
    </message>
</context>
<context>
    <name>ParseValue</name>
    <message>
        <source>public read/write</source>
        <translation>lectura/escritura pública</translation>
    </message>
    <message>
        <source>public read</source>
        <translation>lectura pública</translation>
    </message>
    <message>
        <source>public write</source>
        <translation>escritura pública</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 usuario</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 usuarios</translation>
    </message>
    <message>
        <source>master key only</source>
        <translation>solo clave maestra</translation>
    </message>
    <message>
        <source>Relation&lt;%1&gt;</source>
        <translation>Relation&lt;%1&gt;</translation>
    </message>
    <message>
        <source>Polygon, %1 points</source>
        <translation>Polígono, %1 puntos</translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation>%1 bytes: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set the password of %1</source>
        <translation>Establecer la contraseña de %1</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>The password is sent once, with the master key, and kept nowhere: not in the request log, the undo journal or an export. The user&apos;s other sessions stay valid until revoked.</source>
        <translation>La contraseña se envía una vez, con la clave maestra, y no se guarda en ningún sitio: ni en el registro de peticiones, ni en el diario de deshacer, ni en una exportación. Las demás sesiones del usuario siguen válidas hasta que se revoquen.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PermissionGridModel</name>
    <message>
        <source>Public (*)</source>
        <translation>Público (*)</translation>
    </message>
    <message>
        <source>Any logged-in user</source>
        <translation>Cualquier usuario con sesión</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rol %1</translation>
    </message>
    <message>
        <source>User %1 (%2)</source>
        <translation>Usuario %1 (%2)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Users in field %1</source>
        <translation>Usuarios en el campo %1</translation>
    </message>
    <message>
        <source>Pointer permission: the users field %1 points to</source>
        <comment>CLP pointer row</comment>
        <translation>Permiso por puntero: los usuarios a los que apunta el campo %1</translation>
    </message>
    <message>
        <source>requiresAuthentication in the CLP, authenticated in protectedFields</source>
        <translation>requiresAuthentication en los permisos de clase, authenticated en protectedFields</translation>
    </message>
    <message>
        <source>Fields this principal does not get (protectedFields); double-click to choose</source>
        <translation>Campos que este principal no recibe (protectedFields); doble clic para elegir</translation>
    </message>
    <message>
        <source>readUserFields: the users a pointer field names may get, find and count its objects</source>
        <translation>readUserFields: los usuarios que nombra un campo puntero pueden obtener, buscar y contar sus objetos</translation>
    </message>
    <message>
        <source>writeUserFields: the users a pointer field names may update and delete its objects</source>
        <translation>writeUserFields: los usuarios que nombra un campo puntero pueden actualizar y eliminar sus objetos</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Read (pointer)</source>
        <translation>Leer (puntero)</translation>
    </message>
    <message>
        <source>Write (pointer)</source>
        <translation>Escribir (puntero)</translation>
    </message>
    <message>
        <source>Protected fields</source>
        <translation>Campos protegidos</translation>
    </message>
</context>
<context>
    <name>PermissionsEditor</name>
    <message>
        <source>Add role…</source>
        <translation>Añadir rol…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Protected fields…</source>
        <translation>Campos protegidos…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Give a role permissions: search it by name</source>
        <translation>Dar permisos a un rol: búsquelo por nombre</translation>
    </message>
    <message>
        <source>Give one user permissions: search it by username</source>
        <translation>Dar permisos a un usuario: búsquelo por nombre de usuario</translation>
    </message>
    <message>
        <source>Choose the fields the selected principal does not get</source>
        <translation>Elegir los campos que el principal seleccionado no recibe</translation>
    </message>
    <message>
        <source>Review the changes and the request, then save</source>
        <translation>Revisar los cambios y la solicitud y luego guardar</translation>
    </message>
    <message>
        <source>Who may do what with the objects of this class. Rows are principals, columns operations; pointer rows allow the users a field of the object points to. Double-click a Protected fields cell to hide fields from that principal.</source>
        <translation>Quién puede hacer qué con los objetos de esta clase. Las filas son principales, las columnas operaciones; las filas de puntero autorizan a los usuarios a los que apunta un campo del objeto. Haga doble clic en una celda de Campos protegidos para ocultar campos a ese principal.</translation>
    </message>
    <message>
        <source>Reading and changing class-level permissions needs the master key: add it to this connection.</source>
        <translation>Leer y cambiar los permisos de clase requiere la clave maestra: añádala a esta conexión.</translation>
    </message>
    <message>
        <source>This is a production connection and it is read-only: the permissions are shown, not changed. Unlock writes to change them.</source>
        <translation>Esta es una conexión de producción y es de solo lectura: los permisos se muestran, no se cambian. Desbloquee las escrituras para cambiarlos.</translation>
    </message>
    <message>
        <source>Protected fields</source>
        <translation>Campos protegidos</translation>
    </message>
    <message>
        <source>Fields %1 does not get from %2 (objectId, createdAt, updatedAt and ACL cannot be protected):</source>
        <translation>Campos de %2 que %1 no recibe (objectId, createdAt, updatedAt y ACL no se pueden proteger):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Permissions not saved</source>
        <translation>Permisos no guardados</translation>
    </message>
    <message>
        <source>Permissions of %1 saved</source>
        <translation>Permisos de %1 guardados</translation>
    </message>
</context>
<context>
    <name>PointerValueEdit</name>
    <message>
        <source>class</source>
        <translation>clase</translation>
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
        <translation>Elegir un usuario</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Elegir un rol</translation>
    </message>
    <message>
        <source>Part of the username</source>
        <translation>Parte del nombre de usuario</translation>
    </message>
    <message>
        <source>Part of the role name</source>
        <translation>Parte del nombre del rol</translation>
    </message>
    <message>
        <source>Search the users by username:</source>
        <translation>Buscar usuarios por nombre de usuario:</translation>
    </message>
    <message>
        <source>Search the roles by name:</source>
        <translation>Buscar roles por nombre:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nada coincide.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them.</source>
        <translation>
            <numerusform>La primera coincidencia; escriba más para acotar.</numerusform>
            <numerusform>Las primeras %n coincidencias; escriba más para acotar.</numerusform>
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
        <translation>Producción: %1 — solo lectura</translation>
    </message>
    <message>
        <source>Production: %1 — WRITES UNLOCKED</source>
        <translation>Producción: %1 — ESCRITURA DESBLOQUEADA</translation>
    </message>
    <message>
        <source>Unlock writes…</source>
        <translation>Desbloquear la escritura…</translation>
    </message>
    <message>
        <source>Lock writes</source>
        <translation>Bloquear la escritura</translation>
    </message>
    <message>
        <source>Allow this connection to change data: saves, deletes, batches, schema changes, Cloud Code calls</source>
        <translation>Permitir que esta conexión cambie datos: guardados, eliminaciones, lotes, cambios de esquema, llamadas a Cloud Code</translation>
    </message>
    <message>
        <source>Make this connection read-only again</source>
        <translation>Volver a poner esta conexión en solo lectura</translation>
    </message>
    <message>
        <source>Unlock writes</source>
        <translation>Desbloquear la escritura</translation>
    </message>
    <message>
        <source>Unlock writes on the production server %1?

Until you lock it again, every panel can change and delete its data, and Cloud Code functions and jobs can run. Deleting still asks for the class name, and the undo journal keeps a copy of what is changed.</source>
        <translation>¿Desbloquear la escritura en el servidor de producción %1?

Hasta que vuelva a bloquearla, cualquier panel puede cambiar y eliminar sus datos, y se pueden ejecutar funciones y trabajos de Cloud Code. Eliminar sigue pidiendo el nombre de la clase, y el diario de deshacer guarda una copia de lo que se cambia.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (producción)</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>How the selected group combines its rows (Ctrl+G switches)</source>
        <translation>Cómo combina sus filas el grupo seleccionado (Ctrl+G alterna)</translation>
    </message>
    <message>
        <source>AND: all of</source>
        <translation>AND: todas</translation>
    </message>
    <message>
        <source>OR: any of</source>
        <translation>OR: alguna</translation>
    </message>
    <message>
        <source>NOR: none of</source>
        <translation>NOR: ninguna</translation>
    </message>
    <message>
        <source>How many objects the where matches, counted again as you edit</source>
        <translation>Cuántos objetos cumplen la condición where, recontados a medida que edita</translation>
    </message>
    <message>
        <source>Objects match when all of these hold:</source>
        <translation>Los objetos coinciden cuando se cumple todo esto:</translation>
    </message>
    <message>
        <source>What the query would get wrong; click one to go to its row</source>
        <translation>Lo que la consulta haría mal; haga clic en uno para ir a su fila</translation>
    </message>
    <message>
        <source>Where JSON</source>
        <translation>JSON de where</translation>
    </message>
    <message>
        <source>The where the tree sends. Edit it here: valid JSON replaces the tree</source>
        <translation>La condición where que envía el árbol. Edítela aquí: un JSON válido reemplaza el árbol</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Copy the URL (it carries no keys: they travel in headers)</source>
        <translation>Copiar la URL (no lleva claves: van en las cabeceras)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>c&amp;url (keys as placeholders):</source>
        <translation>curl (claves como &amp;marcadores):</translation>
    </message>
    <message>
        <source>Copy the curl command; put your keys in place of &lt;REST_API_KEY&gt; and the like</source>
        <translation>Copiar el comando curl; ponga sus claves en lugar de &lt;REST_API_KEY&gt; y similares</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Condición</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Añadir una condición</translation>
    </message>
    <message>
        <source>OR &amp;group</source>
        <translation>Grupo &amp;OR</translation>
    </message>
    <message>
        <source>Add an OR group: objects matching any of its branches</source>
        <translation>Añadir un grupo OR: objetos que cumplen alguna de sus ramas</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Rama</translation>
    </message>
    <message>
        <source>Add another branch to the OR / NOR group around the selected row</source>
        <translation>Añadir otra rama al grupo OR / NOR que rodea la fila seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Sangrar</translation>
    </message>
    <message>
        <source>Put the selected row into an OR group of its own</source>
        <translation>Poner la fila seleccionada en un grupo OR propio</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Reducir sa&amp;ngría</translation>
    </message>
    <message>
        <source>Move the selected row out of its group</source>
        <translation>Sacar la fila seleccionada de su grupo</translation>
    </message>
    <message>
        <source>&amp;Switch AND / OR / NOR</source>
        <translation>&amp;Alternar AND / OR / NOR</translation>
    </message>
    <message>
        <source>Switch the selected group between AND, OR and NOR</source>
        <translation>Alternar el grupo seleccionado entre AND, OR y NOR</translation>
    </message>
    <message>
        <source>OR group: any of its branches</source>
        <translation>Grupo OR: alguna de sus ramas</translation>
    </message>
    <message>
        <source>AND group: all of its conditions</source>
        <translation>Grupo AND: todas sus condiciones</translation>
    </message>
    <message>
        <source>NOR group: none of its branches</source>
        <translation>Grupo NOR: ninguna de sus ramas</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Elija primero una clase.</translation>
    </message>
    <message>
        <source>Edit the JSON to change the tree; it applies once it is valid.</source>
        <translation>Edite el JSON para cambiar el árbol; se aplica en cuanto es válido.</translation>
    </message>
    <message>
        <source>Applied to the tree.</source>
        <translation>Aplicado al árbol.</translation>
    </message>
    <message>
        <source>(choose a class)</source>
        <translation>(elija una clase)</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(sin conexión)</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Sin contar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Counted by the server for the where above</source>
        <translation>Contado por el servidor para la condición where de arriba</translation>
    </message>
    <message>
        <source>Count failed</source>
        <translation>Error al contar</translation>
    </message>
    <message>
        <source>Matches: %L1</source>
        <translation>Coincidencias: %L1</translation>
    </message>
    <message>
        <source>Invalid JSON at %1 — filter not applied.</source>
        <translation>JSON no válido en %1 — filtro no aplicado.</translation>
    </message>
    <message>
        <source>A where is a JSON object, {…} — filter not applied.</source>
        <translation>Un where es un objeto JSON, {…} — filtro no aplicado.</translation>
    </message>
</context>
<context>
    <name>QueryBuilderDialog</name>
    <message>
        <source>Build a Where</source>
        <translation>Construir una condición</translation>
    </message>
</context>
<context>
    <name>QueryConditionDelegate</name>
    <message>
        <source>(local)</source>
        <translation>(local)</translation>
    </message>
    <message>
        <source> within %L1 km</source>
        <translation> a menos de %L1 km</translation>
    </message>
    <message>
        <source>AND: all of</source>
        <translation>AND: todas</translation>
    </message>
    <message>
        <source>OR: any of</source>
        <translation>OR: alguna</translation>
    </message>
    <message>
        <source>NOR: none of</source>
        <translation>NOR: ninguna</translation>
    </message>
    <message>
        <source>field or dot.path</source>
        <translation>campo o ruta.con.puntos</translation>
    </message>
    <message>
        <source>a value; JSON for lists and objects</source>
        <translation>un valor; JSON para listas y objetos</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(elija un campo)</translation>
    </message>
</context>
<context>
    <name>QueryNode</name>
    <message>
        <source>equals</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <source>not equal</source>
        <translation>es distinto de</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menor que</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>mayor que</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>contiene todos</translation>
    </message>
    <message>
        <source>contained by</source>
        <translation>contenido en</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>coincide con la regex</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>key in sub-query</source>
        <translation>clave en subconsulta</translation>
    </message>
    <message>
        <source>key not in sub-query</source>
        <translation>clave fuera de subconsulta</translation>
    </message>
    <message>
        <source>matches sub-query</source>
        <translation>coincide con subconsulta</translation>
    </message>
    <message>
        <source>doesn&apos;t match sub-query</source>
        <translation>no coincide con subconsulta</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>relacionado con</translation>
    </message>
    <message>
        <source>near</source>
        <translation>cerca de</translation>
    </message>
    <message>
        <source>within box</source>
        <translation>dentro del rectángulo</translation>
    </message>
    <message>
        <source>within polygon / sphere</source>
        <translation>dentro de polígono / esfera</translation>
    </message>
    <message>
        <source>polygon contains point</source>
        <translation>polígono contiene punto</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>búsqueda de texto completo</translation>
    </message>
</context>
<context>
    <name>QueryOptions</name>
    <message>
        <source>&quot;%1&quot; is not a query option.</source>
        <translation>«%1» no es una opción de consulta.</translation>
    </message>
    <message>
        <source>The query option &quot;%1&quot; has a value of the wrong kind.</source>
        <translation>La opción de consulta «%1» tiene un valor del tipo equivocado.</translation>
    </message>
</context>
<context>
    <name>QueryOptionsForm</name>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>Sort keys, first one first. Drag to reorder; double-click flips the direction.</source>
        <translation>Claves de ordenación, la primera primero. Arrastre para reordenar; doble clic invierte la dirección.</translation>
    </message>
    <message>
        <source>Field to sort by</source>
        <translation>Campo por el que ordenar</translation>
    </message>
    <message>
        <source>Add the field as the next sort key</source>
        <translation>Añadir el campo como siguiente clave de ordenación</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Flip the selected key between ascending and descending</source>
        <translation>Alternar la clave seleccionada entre ascendente y descendente</translation>
    </message>
    <message>
        <source>↑↓</source>
        <translation>↑↓</translation>
    </message>
    <message>
        <source>Sort by the selected key earlier</source>
        <translation>Ordenar antes por la clave seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Stop sorting by the selected key</source>
        <translation>Dejar de ordenar por la clave seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>Most objects to return; the server&apos;s default is 100 and its maxLimit may clamp more</source>
        <translation>Máximo de objetos que devolver; el valor predeterminado del servidor es 100 y su maxLimit puede limitar valores mayores</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>&amp;Skip:</source>
        <translation>Sal&amp;tar:</translation>
    </message>
    <message>
        <source>Objects to pass over before the first one returned</source>
        <translation>Objetos que omitir antes del primero devuelto</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>Cam&amp;pos:</translation>
    </message>
    <message>
        <source>Return only these fields (comma-separated); objectId, createdAt and updatedAt always come</source>
        <translation>Devolver solo estos campos (separados por comas); objectId, createdAt y updatedAt siempre se incluyen</translation>
    </message>
    <message>
        <source>all fields</source>
        <translation>todos los campos</translation>
    </message>
    <message>
        <source>E&amp;xclude keys:</source>
        <translation>E&amp;xcluir campos:</translation>
    </message>
    <message>
        <source>Leave these fields out (comma-separated)</source>
        <translation>Omitir estos campos (separados por comas)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Incluir:</translation>
    </message>
    <message>
        <source>Pointers to fetch whole, as dot paths (comma-separated): owner, owner.team</source>
        <translation>Pointers que obtener completos, como rutas con puntos (separadas por comas): owner, owner.team</translation>
    </message>
    <message>
        <source>no pointers</source>
        <translation>ningún pointer</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>De&amp;volver:</translation>
    </message>
    <message>
        <source>Objects, objects and how many match in all, or only the number</source>
        <translation>Objetos, objetos y cuántos coinciden en total, o solo el número</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Objects and count</source>
        <translation>Objetos y recuento</translation>
    </message>
    <message>
        <source>Count only</source>
        <translation>Solo recuento</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1, descendente</translation>
    </message>
    <message>
        <source>%1, ascending</source>
        <translation>%1, ascendente</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>&amp;Class:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <source>The class to query; its fields fill the builder&apos;s lists</source>
        <translation>La clase que consultar; sus campos llenan las listas del editor de consultas</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Keep this query under a name, for this connection</source>
        <translation>Guardar esta consulta con un nombre, para esta conexión</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Guar&amp;dar…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <source>Queries saved for this connection; double-click one to load it</source>
        <translation>Consultas guardadas para esta conexión; doble clic en una para cargarla</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Renom&amp;brar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>El&amp;iminar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The last 50 queries run on this connection, newest first; double-click one to load it</source>
        <translation>Las últimas 50 consultas ejecutadas en esta conexión, las más recientes primero; doble clic en una para cargarla</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>Car&amp;gar</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Elimi&amp;nar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Ejecutar la consulta</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Can&apos;t run: %1</source>
        <translation>No se puede ejecutar: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>La consulta falló: %1</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Guardar consulta</translation>
    </message>
    <message>
        <source>Name for this query on %1:</source>
        <translation>Nombre de esta consulta sobre %1:</translation>
    </message>
    <message>
        <source>Replace the saved query &quot;%1&quot;?</source>
        <translation>¿Reemplazar la consulta guardada «%1»?</translation>
    </message>
    <message>
        <source>Load query</source>
        <translation>Cargar consulta</translation>
    </message>
    <message>
        <source>This connection has no class %1 (any more).</source>
        <translation>Esta conexión (ya) no tiene la clase %1.</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+R)</source>
        <translation>Ejecutar la consulta (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+R) to see the objects it finds.</source>
        <translation>Ejecute la consulta (Ctrl+R) para ver los objetos que encuentra.</translation>
    </message>
    <message>
        <source>Matching: %L1 · %2 ms</source>
        <translation>Coincidencias: %L1 · %2 ms</translation>
    </message>
    <message>
        <source>Rows shown: %L1 of %L2 matching · %3 ms</source>
        <translation>Filas mostradas: %L1 de %L2 coincidencias · %3 ms</translation>
    </message>
    <message>
        <source>Rows shown: %L1 · %2 ms</source>
        <translation>Filas mostradas: %L1 · %2 ms</translation>
    </message>
</context>
<context>
    <name>QueryTreeModel</name>
    <message>
        <source>AND (all of)</source>
        <translation>AND (todas)</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>alguna</translation>
    </message>
    <message>
        <source>none of</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>QueryValidator</name>
    <message>
        <source>The class has no field &quot;%1&quot;.</source>
        <translation>La clase no tiene el campo «%1».</translation>
    </message>
    <message>
        <source>%1 needs a list of values, e.g. [1, 2].</source>
        <translation>«%1» necesita una lista de valores, p. ej. [1, 2].</translation>
    </message>
    <message>
        <source>&quot;exists&quot; takes true or false.</source>
        <translation>«existe» admite true o false.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
    <message>
        <source>Regex options may only be i, m, x and s, not &quot;%1&quot;.</source>
        <translation>Las opciones de regex solo pueden ser i, m, x y s, no «%1».</translation>
    </message>
    <message>
        <source>%1 can&apos;t be inside an OR or NOR group; put it at the top level.</source>
        <translation>«%1» no puede estar dentro de un grupo OR o NOR; póngalo en el nivel superior.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 field; this value is not a %2.</source>
        <translation>«%1» es un campo %2; este valor no es un %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 field; not every value in the list is a %2.</source>
        <translation>«%1» es un campo %2; no todos los valores de la lista son %2.</translation>
    </message>
    <message>
        <source>Kept as raw JSON and sent unchanged: the builder can&apos;t show it.</source>
        <translation>Se conserva como JSON sin procesar y se envía sin cambios: el editor de consultas no puede mostrarlo.</translation>
    </message>
    <message>
        <source>An empty %1 group matches nothing; add a condition or remove it.</source>
        <translation>Un grupo %1 vacío no coincide con nada; añada una condición o elimínelo.</translation>
    </message>
    <message>
        <source>On PostgreSQL Parse Server ignores %1 and returns every object by distance; $maxDistance (in radians) works on every database.</source>
        <translation>En PostgreSQL, Parse Server ignora %1 y devuelve todos los objetos por distancia; $maxDistance (en radianes) funciona en cualquier base de datos.</translation>
    </message>
    <message>
        <source>On PostgreSQL &quot;%1 equals a value&quot; fails (HTTP 500); &quot;is one of&quot; with a one-item list finds the same objects on every database.</source>
        <translation>En PostgreSQL, «%1 es igual a un valor» falla (HTTP 500); «es uno de» con una lista de un solo elemento encuentra los mismos objetos en cualquier base de datos.</translation>
    </message>
    <message>
        <source>Choose a field for this condition.</source>
        <translation>Elija un campo para esta condición.</translation>
    </message>
</context>
<context>
    <name>QueueStatusLabel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Queue: %1 waiting · %2 in flight</source>
        <translation>Cola: %1 en espera · %2 en curso</translation>
    </message>
    <message>
        <source>Requests of this connection wait here and leave together as one /batch when %1 are waiting or every %2 s; View &gt; Flush request queue sends them now. Last flush: %3.</source>
        <translation>Las peticiones de esta conexión esperan aquí y salen juntas como un solo /batch cuando hay %1 en espera o cada %2 s; Ver &gt; Enviar ahora la cola de peticiones las envía ya. Último envío: %3.</translation>
    </message>
</context>
<context>
    <name>RegexValueEdit</name>
    <message>
        <source>regular expression</source>
        <translation>expresión regular</translation>
    </message>
    <message>
        <source>Case-insensitive</source>
        <translation>Sin distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Multi-line: ^ and $ match at every line break</source>
        <translation>Multilínea: ^ y $ coinciden en cada salto de línea</translation>
    </message>
    <message>
        <source>Extended: whitespace in the pattern is ignored</source>
        <translation>Extendida: se ignoran los espacios en blanco del patrón</translation>
    </message>
    <message>
        <source>Dot matches line breaks too</source>
        <translation>El punto también coincide con saltos de línea</translation>
    </message>
</context>
<context>
    <name>RequestBudget</name>
    <message>
        <source>a budget looks like 500/60s (per request) or 500/60s/ops (per operation), not &quot;%1&quot;</source>
        <translation>un presupuesto tiene la forma 500/60s (por petición) o 500/60s/ops (por operación), no «%1»</translation>
    </message>
    <message>
        <source>budget %1/%2 s: %3 used, %4 left, %5 in the last minute; %6 operations in %7 requests</source>
        <translation>presupuesto %1/%2 s: %3 usados, %4 restantes, %5 en el último minuto; %6 operaciones en %7 peticiones</translation>
    </message>
    <message>
        <source>; paused for %1 s by the server</source>
        <translation>; en pausa %1 s por el servidor</translation>
    </message>
    <message>
        <source>a budget allows 1 to %1 per window of up to 24 h (e.g. 500/60s), not &quot;%2&quot;</source>
        <translation>un presupuesto admite de 1 a %1 por ventana de hasta 24 h (p. ej. 500/60s), no «%2»</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>No requests yet</source>
        <translation>Aún no hay peticiones</translation>
    </message>
    <message>
        <source>Remove every entry from the request log</source>
        <translation>Quitar todas las entradas del registro de peticiones</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Peticiones: %1</translation>
    </message>
    <message>
        <source>Server log around this</source>
        <translation>Registro del servidor en torno a esta petición</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Parse code</source>
        <translation>Código Parse</translation>
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
        <translation>La cola se cerró antes de enviar esta petición; no se envió.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
</context>
<context>
    <name>RoleUsers</name>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>RowScript</name>
    <message>
        <source>the server answered the same page of %1 again (it ignores the query&apos;s where)</source>
        <translation>el servidor devolvió otra vez la misma página de %1 (ignora el where de la consulta)</translation>
    </message>
</context>
<context>
    <name>RowScriptDialog</name>
    <message>
        <source>Run Cloud Code for each object of %1</source>
        <translation>Ejecutar Cloud Code para cada objeto de %1</translation>
    </message>
    <message>
        <source>function name, e.g. createRoom</source>
        <translation>nombre de la función, p. ej. createRoom</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Parameters of each call</source>
        <translation>Parámetros de cada llamada</translation>
    </message>
    <message>
        <source>The whole object, as {&quot;object&quot;: {…}}</source>
        <translation>El objeto entero, como {&quot;object&quot;: {…}}</translation>
    </message>
    <message>
        <source>Parameters from the object&apos;s fields:</source>
        <translation>Parámetros de los campos del objeto:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>&amp;Añadir parámetro</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <source>Each object&apos;s result or error is listed below once it has run.</source>
        <translation>El resultado o el error de cada objeto aparece abajo en cuanto se ha ejecutado.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>This connection is read-only: a function may write, so none is called.</source>
        <translation>Esta conexión es de solo lectura: una función puede escribir, así que no se llama a ninguna.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>No hay filas seleccionadas.</translation>
    </message>
    <message>
        <source>Type the name of a Cloud Code function.</source>
        <translation>Escriba el nombre de una función de Cloud Code.</translation>
    </message>
    <message>
        <source>Add a parameter, or send the whole object.</source>
        <translation>Añada un parámetro o envíe el objeto entero.</translation>
    </message>
    <message>
        <source>Every parameter needs a name.</source>
        <translation>Cada parámetro necesita un nombre.</translation>
    </message>
    <message>
        <source>The parameter %1 is named twice.</source>
        <translation>El parámetro %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>No row is loaded to show the parameters for.</source>
        <translation>No hay ninguna fila cargada para mostrar sus parámetros.</translation>
    </message>
    <message>
        <source>%1 is called with these parameters for %2:</source>
        <translation>%1 se llama con estos parámetros para %2:</translation>
    </message>
    <message>
        <source>The function</source>
        <translation>La función</translation>
    </message>
    <message numerus="yes">
        <source>Call %1 for %n object(s) of %2?</source>
        <translation>
            <numerusform>¿Llamar a %1 para %n objeto de %2?</numerusform>
            <numerusform>¿Llamar a %1 para %n objetos de %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1 for each matching object of %2?</source>
        <translation>¿Llamar a %1 para cada objeto coincidente de %2?</translation>
    </message>
    <message>
        <source>Run Cloud Code on a production server</source>
        <translation>Ejecutar Cloud Code en un servidor de producción</translation>
    </message>
    <message>
        <source>Type the class name (%1) to confirm:</source>
        <translation>Escriba el nombre de la clase (%1) para confirmar:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n call(s) made are listed below; the other objects were not called.</source>
        <translation>
            <numerusform>Detenido: la %n llamada hecha aparece abajo; no se llamó para los demás objetos.</numerusform>
            <numerusform>Detenido: las %n llamadas hechas aparecen abajo; no se llamó para los demás objetos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n call(s) succeeded.</source>
        <translation>
            <numerusform>Hecho: %n llamada correcta.</numerusform>
            <numerusform>Hecho: %n llamadas correctas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n falló.</numerusform>
            <numerusform>%n fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the objects stopped: %1</source>
        <translation>La lectura de los objetos se detuvo: %1</translation>
    </message>
    <message>
        <source>Export outcomes</source>
        <translation>Exportar resultados</translation>
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
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Outcomes saved to %1.</source>
        <translation>Resultados guardados en %1.</translation>
    </message>
    <message>
        <source>Stopping: no further call is sent; the calls on their way finish…</source>
        <translation>Deteniendo: no se envía ninguna llamada más; las que están en curso terminan…</translation>
    </message>
</context>
<context>
    <name>RowScriptModel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>objectId</source>
        <translation>objectId</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result or error</source>
        <translation>Resultado o error</translation>
    </message>
</context>
<context>
    <name>SavedQueryModel</name>
    <message>
        <source>all objects</source>
        <translation>todos los objetos</translation>
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
        <translation>Establecido por Parse Server</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>Clase de destino</translation>
    </message>
</context>
<context>
    <name>SelectionStats</name>
    <message>
        <source>Count %1 · Sum %2 · Mean %3 · Min %4 · Max %5</source>
        <translation>Cantidad %1 · Suma %2 · Media %3 · Mín %4 · Máx %5</translation>
    </message>
    <message>
        <source>Dates %1 · Earliest %2 · Latest %3</source>
        <translation>Fechas %1 · Primera %2 · Última %3</translation>
    </message>
    <message>
        <source>%1 (of loaded rows)</source>
        <translation>%1 (de las filas cargadas)</translation>
    </message>
</context>
<context>
    <name>ServerConfigPane</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>New parameter name</source>
        <translation>Nombre del nuevo parámetro</translation>
    </message>
    <message>
        <source>Someone changed these parameters on the server since you loaded them. Nothing was saved: keep their values (your edits of these are dropped) or overwrite them with yours.</source>
        <translation>Alguien cambió estos parámetros en el servidor desde que los cargó. No se guardó nada: conserve sus valores (se descartan sus cambios en ellos) o sobrescríbalos con los suyos.</translation>
    </message>
    <message>
        <source>Keep the server&apos;s values</source>
        <translation>Conservar los valores del servidor</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Sobrescribir con los míos</translation>
    </message>
    <message>
        <source>Reload Parse Config</source>
        <translation>Recargar Parse Config</translation>
    </message>
    <message>
        <source>Your changes to Parse Config are not saved. Reload it and drop them?</source>
        <translation>Sus cambios en Parse Config no están guardados. ¿Recargarla y descartarlos?</translation>
    </message>
    <message>
        <source>Parse Config could not be read: %1</source>
        <translation>No se pudo leer Parse Config: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n parameter(s) changed on the server since you loaded them.</source>
        <translation>
            <numerusform>No guardado: %n parámetro cambió en el servidor desde que lo cargó.</numerusform>
            <numerusform>No guardado: %n parámetros cambiaron en el servidor desde que los cargó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved. The values before are in the undo journal (View → Undo journal).</source>
        <translation>Guardado. Los valores anteriores están en el diario de deshacer (Ver → Diario de deshacer).</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Reading Parse Config…</source>
        <translation>Leyendo Parse Config…</translation>
    </message>
    <message>
        <source>Read-only: this is a production profile and its writes are locked (unlock them in the banner above).</source>
        <translation>Solo lectura: este es un perfil de producción y sus escrituras están bloqueadas (desbloquéelas en el aviso de arriba).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved.</source>
        <translation>
            <numerusform>%n cambio sin guardar.</numerusform>
            <numerusform>%n cambios sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parse Config has no parameters yet: name one above, pick its type and Add it.</source>
        <translation>Parse Config aún no tiene parámetros: nombre uno arriba, elija su tipo y añádalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s). Double-click a name to rename it or a value to change it.</source>
        <translation>
            <numerusform>%n parámetro. Haga doble clic en un nombre para renombrarlo o en un valor para cambiarlo.</numerusform>
            <numerusform>%n parámetros. Haga doble clic en un nombre para renombrarlo o en un valor para cambiarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHooksPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Change &amp;URL…</source>
        <translation>Cambiar &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Parse Server sends its webhookKey with every webhook call (X-Parse-Webhook-Key) so that the receiver can tell a call really comes from this server. Whether this server has a webhookKey cannot be read over REST. If it has none, it sends calls without a key and logs a warning for each: a receiver then cannot tell them from anyone else&apos;s requests. Set webhookKey (PARSE_SERVER_WEBHOOK_KEY) on the server, and check the key in the receiver.</source>
        <translation>Parse Server envía su webhookKey con cada llamada de webhook (X-Parse-Webhook-Key) para que el receptor sepa que la llamada viene realmente de este servidor. Si este servidor tiene una webhookKey no se puede leer por REST. Si no la tiene, envía las llamadas sin clave y registra un aviso por cada una: el receptor no puede distinguirlas de las peticiones de cualquier otro. Configure webhookKey (PARSE_SERVER_WEBHOOK_KEY) en el servidor y compruebe la clave en el receptor.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>The webhooks could not be read: %1</source>
        <translation>No se pudieron leer los webhooks: %1</translation>
    </message>
    <message>
        <source>No webhooks: Cloud Code functions and triggers run on the server itself. New… sends one to a URL instead.</source>
        <translation>Sin webhooks: las funciones y triggers de Cloud Code se ejecutan en el propio servidor. Nuevo… envía uno a una URL en su lugar.</translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>Guardado en el servidor.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>This production profile&apos;s writes are locked: unlock them in the banner to change webhooks.</source>
        <translation>Las escrituras de este perfil de producción están bloqueadas: desbloquéelas en el banner para cambiar webhooks.</translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation>Guardando el webhook…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Delete the webhook of %1? Calls to it then fail unless Cloud Code defines it.</source>
        <translation>¿Eliminar el webhook de %1? Las llamadas fallarán a menos que Cloud Code lo defina.</translation>
    </message>
    <message>
        <source>Deleting the webhook…</source>
        <translation>Eliminando el webhook…</translation>
    </message>
</context>
<context>
    <name>ServerInfoModel</name>
    <message>
        <source>asking…</source>
        <translation>preguntando…</translation>
    </message>
    <message>
        <source>These need the master key, and this connection has none.</source>
        <translation>Estos necesitan la clave maestra y esta conexión no tiene ninguna.</translation>
    </message>
    <message>
        <source>The server refuses this connection&apos;s master key (%1); it may accept it only from some addresses (masterKeyIps).</source>
        <translation>El servidor rechaza la clave maestra de esta conexión (%1); puede que solo la acepte desde algunas direcciones (masterKeyIps).</translation>
    </message>
    <message>
        <source>The server did not say what it allows (/serverInfo): %1</source>
        <translation>El servidor no dijo qué permite (/serverInfo): %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Asking the server what it allows…</source>
        <translation>Preguntando al servidor qué permite…</translation>
    </message>
    <message>
        <source>This server does not offer Parse Config (globalConfig).</source>
        <translation>Este servidor no ofrece Parse Config (globalConfig).</translation>
    </message>
    <message>
        <source>This server does not offer its logs (/scriptlog).</source>
        <translation>Este servidor no ofrece su registro (/scriptlog).</translation>
    </message>
    <message>
        <source>This server does not offer Cloud Code jobs.</source>
        <translation>Este servidor no ofrece trabajos de Cloud Code.</translation>
    </message>
    <message>
        <source>This server does not offer webhooks (hooks).</source>
        <translation>Este servidor no ofrece webhooks (hooks).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
</context>
<context>
    <name>ServerInfoPane</name>
    <message>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <source>Parse Server version:</source>
        <translation>Versión de Parse Server:</translation>
    </message>
    <message>
        <source>Health (/health):</source>
        <translation>Estado (/health):</translation>
    </message>
    <message>
        <source>Request budget:</source>
        <translation>Presupuesto de peticiones:</translation>
    </message>
    <message>
        <source>Request queue:</source>
        <translation>Cola de peticiones:</translation>
    </message>
    <message>
        <source>Not available here:</source>
        <translation>No disponible aquí:</translation>
    </message>
    <message>
        <source>What this server allows (/serverInfo):</source>
        <translation>Qué permite este servidor (/serverInfo):</translation>
    </message>
    <message>
        <source>none: requests go out as they come</source>
        <translation>ninguno: las peticiones salen según llegan</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>preguntando…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing: every tab works</source>
        <translation>nada: todas las pestañas funcionan</translation>
    </message>
    <message>
        <source>not reported: Parse Server&apos;s REST API does not say whether it runs on PostgreSQL or MongoDB</source>
        <translation>no indicada: la API REST de Parse Server no dice si funciona sobre PostgreSQL o MongoDB</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
</context>
<context>
    <name>ServerJobsPane</name>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <source>Older runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The job&apos;s params, a JSON object</source>
        <translation>Los parámetros del job, un objeto JSON</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Parse Server stores these schedules but runs none of them. &lt;code&gt;parsedesk-cli jobs run-due&lt;/code&gt;, started by cron or a systemd timer, runs each due schedule once.</source>
        <translation>Parse Server guarda estas programaciones pero no ejecuta ninguna. &lt;code&gt;parsedesk-cli jobs run-due&lt;/code&gt;, iniciado por cron o un temporizador de systemd, ejecuta una vez cada programación pendiente.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Params:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Programaciones</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>No se pudieron leer las ejecuciones: %1</translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>Guardado en el servidor.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>The jobs and schedules could not be read: %1</source>
        <translation>No se pudieron leer los jobs y las programaciones: %1</translation>
    </message>
    <message>
        <source>This server&apos;s Cloud Code defines no jobs (Parse.Cloud.job).</source>
        <translation>El Cloud Code de este servidor no define jobs (Parse.Cloud.job).</translation>
    </message>
    <message>
        <source>This production profile&apos;s writes are locked: unlock them in the banner to run jobs or change schedules.</source>
        <translation>Las escrituras de este perfil de producción están bloqueadas: desbloquéelas en el banner para ejecutar jobs o cambiar programaciones.</translation>
    </message>
    <message>
        <source>The params must be a JSON object.</source>
        <translation>Los parámetros deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 no se inició: %2</translation>
    </message>
    <message>
        <source>%1 started (run %2).</source>
        <translation>%1 iniciado (ejecución %2).</translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation>Guardando la programación…</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Eliminar programación</translation>
    </message>
    <message>
        <source>Delete this schedule of %1? The job itself stays.</source>
        <translation>¿Eliminar esta programación de %1? El job se mantiene.</translation>
    </message>
    <message>
        <source>Deleting the schedule…</source>
        <translation>Eliminando la programación…</translation>
    </message>
</context>
<context>
    <name>ServerLogModel</name>
    <message>
        <source>This connection&apos;s key may not read the server&apos;s log (%1). Reading it needs the master key, accepted from this address.</source>
        <translation>La clave de esta conexión no puede leer el registro del servidor (%1). Leerlo necesita la clave maestra, aceptada desde esta dirección.</translation>
    </message>
    <message>
        <source>The server could not read its log (%1). Parse Server reads only its file logger (logsFolder); a server without one has no log to show here.</source>
        <translation>El servidor no pudo leer su registro (%1). Parse Server lee solo su registrador de archivos (logsFolder); un servidor sin él no tiene registro que mostrar aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n line(s))</source>
        <translation>
            <numerusform>%1 (+%n línea)</numerusform>
            <numerusform>%1 (+%n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ServerLogPane</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Info and errors</source>
        <translation>Info y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>The newest this many entries of the time range</source>
        <translation>Las entradas más recientes del intervalo, tantas como estas</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Show new entries as they come (the server is asked every %1 s)</source>
        <translation>Mostrar las entradas nuevas según llegan (se pregunta al servidor cada %1 s)</translation>
    </message>
    <message>
        <source>Filter the messages</source>
        <translation>Filtrar los mensajes</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>The selected entry in full, with its stack trace</source>
        <translation>La entrada seleccionada completa, con su traza de pila</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s log…</source>
        <translation>Leyendo el registro del servidor…</translation>
    </message>
    <message>
        <source>No log entries of this level in this time range.</source>
        <translation>No hay entradas de este nivel en este intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match the filter.</source>
        <translation>
            <numerusform>%1 de %n entrada coinciden con el filtro.</numerusform>
            <numerusform>%1 de %n entradas coinciden con el filtro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Following: new entries appear as they come.</source>
        <translation>Siguiendo: las entradas nuevas aparecen según llegan.</translation>
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
        <translation>Registro</translation>
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
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>The server URL is not valid; it looks like http://host:1337/parse.</source>
        <translation>La URL del servidor no es válida; tiene el aspecto http://host:1337/parse.</translation>
    </message>
    <message>
        <source>The server URL must start with http:// or https://.</source>
        <translation>La URL del servidor debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The application id is required.</source>
        <translation>El ID de aplicación es obligatorio.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 10000.</source>
        <translation>El tamaño de lote debe estar entre 1 y 10000.</translation>
    </message>
    <message>
        <source>Request budget: %1</source>
        <translation>Presupuesto de peticiones: %1</translation>
    </message>
    <message>
        <source>The trusted certificate must be a SHA-256 fingerprint: 64 hex digits, colons optional.</source>
        <translation>El certificado de confianza debe ser una huella digital SHA-256: 64 dígitos hexadecimales, con dos puntos opcionales.</translation>
    </message>
    <message>
        <source>The application id contains a control character (a line break, say).</source>
        <translation>El ID de aplicación contiene un carácter de control (por ejemplo, un salto de línea).</translation>
    </message>
    <message>
        <source>The REST API key contains a control character (a line break, say).</source>
        <translation>La clave de API REST contiene un carácter de control (por ejemplo, un salto de línea).</translation>
    </message>
    <message>
        <source>The client key contains a control character (a line break, say).</source>
        <translation>La clave de cliente contiene un carácter de control (por ejemplo, un salto de línea).</translation>
    </message>
    <message>
        <source>The master key contains a control character (a line break, say).</source>
        <translation>La clave maestra contiene un carácter de control (por ejemplo, un salto de línea).</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>El tiempo de espera debe estar entre %1 y %2 segundos.</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>(no installation)</source>
        <translation>(sin instalación)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Created with</source>
        <translation>Creada con</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>The desktop&apos;s own style and colours</source>
        <translation>El estilo y los colores del escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texto claro sobre fondo oscuro</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5.</source>
        <translation>Certificado para %1, emitido por %2, válido del %3 al %4, SHA-256 %5.</translation>
    </message>
</context>
<context>
    <name>UndoEntry</name>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creado</numerusform>
            <numerusform>%n creados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>not an undo journal entry (version 1 with id, time and operations)</source>
        <translation>no es una entrada del diario de deshacer (versión 1 con id, time y operations)</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 en el desplazamiento %2</translation>
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
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>Not sent: the undo journal could not store the snapshot (%1).</source>
        <translation>No enviado: el diario de deshacer no pudo guardar la instantánea (%1).</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>%1 Not sent: the undo journal keeps a copy of the objects a write changes, and could not read them.</source>
        <translation>%1 No enviado: el diario de deshacer guarda una copia de los objetos que cambia una escritura, y no pudo leerlos.</translation>
    </message>
</context>
<context>
    <name>UndoPlan</name>
    <message>
        <source>%1: the relations %2 are not restored (a relation is not a value; its links are kept in a join table that deleting the object emptied).</source>
        <translation>%1: las relaciones %2 no se restauran (una relación no es un valor; sus vínculos se guardan en una tabla de unión que se vació al eliminar el objeto).</translation>
    </message>
    <message>
        <source>A create in %1 may have been applied (its answer was lost); find and delete that object by hand if it exists.</source>
        <translation>Puede que se haya aplicado una creación en %1 (se perdió su respuesta); busque y elimine ese objeto a mano si existe.</translation>
    </message>
    <message>
        <source>%1 %2: no snapshot was taken (it could not be read), so it cannot be created again.</source>
        <translation>%1 %2: no se tomó ninguna instantánea (no se pudo leer), así que no se puede volver a crear.</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists (deleted since); its changes are not undone.</source>
        <translation>%1 %2 ya no existe (se eliminó desde entonces); sus cambios no se deshacen.</translation>
    </message>
    <message>
        <source>%1 %2 was changed again after this write (updatedAt %3); undo overwrites the fields this write changed.</source>
        <translation>%1 %2 se volvió a cambiar después de esta escritura (updatedAt %3); deshacer sobrescribe los campos que cambió esta escritura.</translation>
    </message>
    <message>
        <source>Re-created objects get a new createdAt and updatedAt: the server sets them and they cannot be written back.</source>
        <translation>Los objetos vueltos a crear reciben un createdAt y un updatedAt nuevos: los establece el servidor y no se pueden volver a escribir.</translation>
    </message>
    <message>
        <source>%1: a user&apos;s password cannot be read and the journal keeps no authData, so the re-created user has neither; set a password before the user logs in.</source>
        <translation>%1: la contraseña de un usuario no se puede leer y el diario no guarda authData, así que el usuario vuelto a crear no tiene ninguna de las dos cosas; establezca una contraseña antes de que el usuario inicie sesión.</translation>
    </message>
    <message>
        <source>%1 %2: this entry set %3, which the journal does not keep; undo cannot restore the old value.</source>
        <translation>%1 %2: esta entrada estableció %3, que el diario no guarda; deshacer no puede restaurar el valor anterior.</translation>
    </message>
    <message>
        <source>%1: the class-level permissions before this write could not be read, so they cannot be restored.</source>
        <translation>%1: no se pudieron leer los permisos de clase anteriores a esta escritura, así que no se pueden restaurar.</translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <source>Undo failed: %1</source>
        <translation>Error al deshacer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n operation(s) applied</source>
        <translation>
            <numerusform>Deshacer: %n operación aplicada</numerusform>
            <numerusform>Deshacer: %n operaciones aplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallida</numerusform>
            <numerusform>, %n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 was re-created as %3: the server does not accept custom object ids (allowCustomObjectId), so its objectId changed.</source>
        <translation>%1 %2 se volvió a crear como %3: el servidor no acepta ID de objeto personalizados (allowCustomObjectId), así que su objectId cambió.</translation>
    </message>
    <message>
        <source>  No pointers found that refer to %1.</source>
        <translation>  No se encontraron pointers que apunten a %1.</translation>
    </message>
    <message>
        <source>  Still points to %1: %2</source>
        <translation>  Todavía apunta a %1: %2</translation>
    </message>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>No existe la entrada del diario %1.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Pointers to the old ids were not searched: %1</source>
        <translation>No se buscaron pointers a los ID antiguos: %1</translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>No se pudo buscar en %1: %2</translation>
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
        <translation>%1: (oculto)</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>no user has the username &apos;%1&apos;</source>
        <translation>ningún usuario tiene el nombre de usuario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>POST /loginAs answered without a session token</source>
        <translation>POST /loginAs respondió sin token de sesión</translation>
    </message>
</context>
<context>
    <name>ViewAsBar</name>
    <message>
        <source>Master key (everything)</source>
        <translation>Clave maestra (todo)</translation>
    </message>
    <message>
        <source>Anonymous (REST key only)</source>
        <translation>Anónimo (solo clave REST)</translation>
    </message>
    <message>
        <source>A user…</source>
        <translation>Un usuario…</translation>
    </message>
    <message>
        <source>Show the objects as this principal gets them: its class-level permissions, ACLs and protected fields apply</source>
        <translation>Mostrar los objetos como los recibe este principal: se aplican permisos de clase, ACL y campos protegidos</translation>
    </message>
    <message>
        <source>View as:</source>
        <translation>Ver como:</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Read-only: no master key and no user, as an app before anyone logs in.</source>
        <translation>Solo lectura: sin clave maestra ni usuario, como una app antes de que alguien inicie sesión.</translation>
    </message>
    <message>
        <source>Viewing as a user takes a session for it with the master key (POST /loginAs): add the master key to this connection.</source>
        <translation>Ver como un usuario obtiene una sesión suya con la clave maestra (POST /loginAs): añada la clave maestra a esta conexión.</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>Cannot view as %1: %2</source>
        <translation>No se puede ver como %1: %2</translation>
    </message>
    <message>
        <source>Read-only, as %1 (no roles) through a session that is revoked when the view changes.</source>
        <translation>Solo lectura, como %1 (sin roles), con una sesión que se revoca al cambiar la vista.</translation>
    </message>
    <message>
        <source>Read-only, as %1 (roles: %2) through a session that is revoked when the view changes.</source>
        <translation>Solo lectura, como %1 (roles: %2), con una sesión que se revoca al cambiar la vista.</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Lado a lado…</translation>
    </message>
    <message>
        <source>Every object as the master key sees it beside this view: which ones this principal gets, and why not the others</source>
        <translation>Cada objeto tal como lo ve la clave maestra junto a esta vista: cuáles obtiene este principal y por qué no los demás</translation>
    </message>
</context>
<context>
    <name>ViewAsCompareDialog</name>
    <message>
        <source>Reading %1 with the master key and as the viewer…</source>
        <translation>Leyendo %1 con la clave maestra y como el observador…</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>%1 as %2 beside the master key</source>
        <translation>%1 como %2 junto a la clave maestra</translation>
    </message>
    <message>
        <source>Could not read %1 with the master key: %2</source>
        <translation>No se pudo leer %1 con la clave maestra: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) visible, %2 hidden.</source>
        <translation>
            <numerusform>%1 de %n objeto visible, %2 oculto(s).</numerusform>
            <numerusform>%1 de %n objetos visibles, %2 ocultos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fields are protected from this viewer.</source>
        <translation>Ningún campo está protegido de este observador.</translation>
    </message>
    <message>
        <source>Protected fields (left out of every object): %1.</source>
        <translation>Campos protegidos (omitidos en cada objeto): %1.</translation>
    </message>
    <message>
        <source>Left out by the server: %1.</source>
        <translation>Omitidos por el servidor: %1.</translation>
    </message>
    <message>
        <source>Only the first %1 objects by objectId are compared.</source>
        <translation>Solo se comparan los primeros %1 objetos por objectId.</translation>
    </message>
</context>
<context>
    <name>ViewComparisonModel</name>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>visible, though %1 (a rule this check does not know, e.g. a role inherited through a parent role)</source>
        <translation>visible, aunque %1 (una regla que esta comprobación no conoce, p. ej. un rol heredado a través de un rol padre)</translation>
    </message>
    <message>
        <source>the server refused the find</source>
        <translation>el servidor rechazó la búsqueda</translation>
    </message>
    <message>
        <source>hidden by the server for a reason the CLP and ACL do not show (a beforeFind trigger, or more objects than compared)</source>
        <translation>ocultado por el servidor por un motivo que la CLP y la ACL no muestran (un trigger beforeFind, o más objetos de los comparados)</translation>
    </message>
    <message>
        <source>objectId</source>
        <translation>objectId</translation>
    </message>
    <message>
        <source>As the viewer</source>
        <translation>Como el observador</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>ViewerAccess</name>
    <message>
        <source>As %1</source>
        <translation>Como %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Anonymous (no master key, no user)</source>
        <translation>Anónimo (sin clave maestra ni usuario)</translation>
    </message>
    <message>
        <source>%1: the server refuses to find objects of %2: its class-level permissions let only logged-in users find them (requiresAuthentication). The table stays empty.</source>
        <translation>%1: el servidor se niega a buscar objetos de %2: sus permisos de clase solo lo permiten a usuarios con sesión (requiresAuthentication). La tabla queda vacía.</translation>
    </message>
    <message>
        <source>%1: the server refuses to find objects of %2: its class-level permissions do not give find to the public, to this user or to any of its roles. The table stays empty.</source>
        <translation>%1: el servidor se niega a buscar objetos de %2: sus permisos de clase no dan find al público, a este usuario ni a ninguno de sus roles. La tabla queda vacía.</translation>
    </message>
    <message>
        <source>%1: only the objects of %2 whose field %3 points to this user are found (pointer permissions).</source>
        <translation>%1: solo se encuentran los objetos de %2 cuyo campo %3 apunta a este usuario (permisos por puntero).</translation>
    </message>
    <message>
        <source>CLP: find is not allowed for this viewer</source>
        <translation>CLP: find no está permitido para este observador</translation>
    </message>
    <message>
        <source>pointer permission: %1 does not point to this user</source>
        <translation>permiso por puntero: %1 no apunta a este usuario</translation>
    </message>
    <message>
        <source>ACL: no public read</source>
        <translation>ACL: sin lectura pública</translation>
    </message>
    <message>
        <source>ACL: no read for this user or any of its roles</source>
        <translation>ACL: sin lectura para este usuario ni ninguno de sus roles</translation>
    </message>
</context>
<context>
    <name>Webhook</name>
    <message>
        <source>Give either a function name or a class and a trigger.</source>
        <translation>Indique un nombre de función o bien una clase y un disparador.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a trigger Parse Server knows (%2).</source>
        <translation>&apos;%1&apos; no es un disparador que Parse Server conozca (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL.</source>
        <translation>&apos;%1&apos; no es una URL http o https.</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>Change webhook URL</source>
        <translation>Cambiar la URL del webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Cloud Code function name</source>
        <translation>Nombre de la función de Cloud Code</translation>
    </message>
    <message>
        <source>Class, e.g. GameScore or @Connect</source>
        <translation>Clase, p. ej. GameScore o @Connect</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>Función</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Function or class</source>
        <translation>Función o clase</translation>
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
        <translation>sin perfil</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--connect-env: %1 (set PARSE_SERVER_URL and PARSE_APP_ID)</source>
        <translation>--connect-env: %1 (defina PARSE_SERVER_URL y PARSE_APP_ID)</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>no se pudo escribir la captura de pantalla en %1</translation>
    </message>
    <message>
        <source>Desktop admin client for Parse Server</source>
        <translation>Cliente de administración de escritorio para Parse Server</translation>
    </message>
    <message>
        <source>Create or update the connection &lt;name&gt; from PARSE_SERVER_URL, PARSE_APP_ID, PARSE_REST_KEY, PARSE_CLIENT_KEY and PARSE_MASTER_KEY, and connect to it.</source>
        <translation>Crear o actualizar la conexión &lt;nombre&gt; a partir de PARSE_SERVER_URL, PARSE_APP_ID, PARSE_REST_KEY, PARSE_CLIENT_KEY y PARSE_MASTER_KEY, y conectarse a ella.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once the class list has loaded (at most 8 s), then quit.</source>
        <translation>Guardar un PNG de la ventana principal en &lt;archivo&gt; cuando se haya cargado la lista de clases (como máximo 8 s) y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Keep settings, the undo journal and saved queries in parsedesk-data next to the executable (also PARSEDESK_PORTABLE=1).</source>
        <translation>Guardar los ajustes, el diario de deshacer y las consultas guardadas en parsedesk-data junto al ejecutable (también PARSEDESK_PORTABLE=1).</translation>
    </message>
</context>
</TS>
