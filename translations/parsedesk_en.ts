<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsPanel</name>
    <message numerus="yes">
        <source>%n session(s) revoked</source>
        <translation>
            <numerusform>%n session revoked</numerusform>
            <numerusform>%n sessions revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s) of %1? Those devices are logged out.</source>
        <translation>
            <numerusform>Revoke %n session of %1? That device is logged out.</numerusform>
            <numerusform>Revoke %n sessions of %1? Those devices are logged out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchComposer</name>
    <message numerus="yes">
        <source>%n with an unknown outcome: use Check on server.</source>
        <translation>
            <numerusform>%n with an unknown outcome: use Check on server.</numerusform>
            <numerusform>%n with an unknown outcome: use Check on server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchResultsPane</name>
    <message numerus="yes">
        <source>Checked on the server: %n still unknown.</source>
        <translation>
            <numerusform>Checked on the server: %n still unknown.</numerusform>
            <numerusform>Checked on the server: %n still unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n conflicting operation(s): the server&apos;s values stay.</source>
        <translation>
            <numerusform>Dropped %n conflicting operation: the server&apos;s values stay.</numerusform>
            <numerusform>Dropped %n conflicting operations: the server&apos;s values stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSendConfirmation</name>
    <message numerus="yes">
        <source>%n of these operations succeeded already and would run again: a create makes another object, an increment counts twice, a delete fails.</source>
        <translation>
            <numerusform>%n of these operations succeeded already and would run again: a create makes another object, an increment counts twice, a delete fails.</numerusform>
            <numerusform>%n of these operations succeeded already and would run again: a create makes another object, an increment counts twice, a delete fails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all %n</source>
        <translation>
            <numerusform>Send all %n</numerusform>
            <numerusform>Send all %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send only the other %n</source>
        <translation>
            <numerusform>Send only the other %n</numerusform>
            <numerusform>Send only the other %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) delete objects of %1 on %2. The undo journal keeps a copy: View → Undo journal can re-create deleted objects.

Type %1 to send.</source>
        <translation>
            <numerusform>%n operation deletes objects of %1 on %2. The undo journal keeps a copy: View → Undo journal can re-create deleted objects.

Type %1 to send.</numerusform>
            <numerusform>%n operations delete objects of %1 on %2. The undo journal keeps a copy: View → Undo journal can re-create deleted objects.

Type %1 to send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkAclDialog</name>
    <message numerus="yes">
        <source>ACL of %n object(s) of %1</source>
        <translation>
            <numerusform>ACL of %n object of %1</numerusform>
            <numerusform>ACL of %n objects of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACL of %n selected object(s)</source>
        <translation>
            <numerusform>ACL of %n selected object</numerusform>
            <numerusform>ACL of %n selected objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACL of %n selected object(s); they have %1 different ACLs now, all get this one</source>
        <translation>
            <numerusform>ACL of %n selected object; it has %1 different ACLs now, all get this one</numerusform>
            <numerusform>ACL of %n selected objects; they have %1 different ACLs now, all get this one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the ACL to %n object(s) as one batch…</source>
        <translation>
            <numerusform>Sending the ACL to %n object as one batch…</numerusform>
            <numerusform>Sending the ACL to %n objects as one batch…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n written</numerusform>
            <numerusform>%n written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on the server since loaded, not overwritten</source>
        <translation>
            <numerusform>%n changed on the server since loaded, not overwritten</numerusform>
            <numerusform>%n changed on the server since loaded, not overwritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome</source>
        <translation>
            <numerusform>%n with an unknown outcome</numerusform>
            <numerusform>%n with an unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message numerus="yes">
        <source>%n object(s): </source>
        <translation>
            <numerusform>%n object: </numerusform>
            <numerusform>%n objects: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch request(s)</source>
        <translation>
            <numerusform>%n batch request</numerusform>
            <numerusform>%n batch requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n read(s)</source>
        <translation>
            <numerusform> and %n read</numerusform>
            <numerusform> and %n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n second(s) of waiting under the budget %1.</source>
        <translation>
            <numerusform>, about %n second of waiting under the budget %1.</numerusform>
            <numerusform>, about %n seconds of waiting under the budget %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>The first %n operation(s):</source>
        <translation>
            <numerusform>The first operation:</numerusform>
            <numerusform>The first %n operations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this change to %n object(s) of %1?</source>
        <translation>
            <numerusform>Send this change to %n object of %1?</numerusform>
            <numerusform>Send this change to %n objects of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.</source>
        <translation>
            <numerusform>Delete %n object of %1 from the server? A copy is kept in the undo journal.</numerusform>
            <numerusform>Delete %n objects of %1 from the server? A copy is kept in the undo journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n object(s) written stay written; the rest were not sent. Every object reached is listed below.</source>
        <translation>
            <numerusform>Stopped: %n object written stays written; the rest were not sent. Every object reached is listed below.</numerusform>
            <numerusform>Stopped: %n objects written stay written; the rest were not sent. Every object reached is listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) written.</source>
        <translation>
            <numerusform>Done: %n object written.</numerusform>
            <numerusform>Done: %n objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on the server since loaded and were not overwritten (conflicts).</source>
        <translation>
            <numerusform>%n changed on the server since loaded and was not overwritten (a conflict).</numerusform>
            <numerusform>%n changed on the server since loaded and were not overwritten (conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassBrowser</name>
    <message numerus="yes">
        <source>Save or discard the %n changed cell(s) first.</source>
        <translation>
            <numerusform>Save or discard the %n changed cell first.</numerusform>
            <numerusform>Save or discard the %n changed cells first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobScheduleModel</name>
    <message numerus="yes">
        <source>every %n minute(s) from %1 UTC each day</source>
        <translation>
            <numerusform>every minute from %1 UTC each day</numerusform>
            <numerusform>every %n minutes from %1 UTC each day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message numerus="yes">
        <source>%n write(s) of this entry have an unknown outcome (the server&apos;s answer was lost): undo reads the objects as they are now and only reverses what did happen.</source>
        <translation>
            <numerusform>%n write of this entry has an unknown outcome (the server&apos;s answer was lost): undo reads the objects as they are now and only reverses what did happen.</numerusform>
            <numerusform>%n writes of this entry have an unknown outcome (the server&apos;s answer was lost): undo reads the objects as they are now and only reverses what did happen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) from the journal? They can no longer be undone.</source>
        <translation>
            <numerusform>Delete %n entry from the journal? It can no longer be undone.</numerusform>
            <numerusform>Delete %n entries from the journal? They can no longer be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No entry is older than %n day(s).</source>
        <translation>
            <numerusform>No entry is older than %n day.</numerusform>
            <numerusform>No entry is older than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(ies) older than %1 days? They can no longer be undone.</source>
        <translation>
            <numerusform>Delete %n entry older than %1 days? It can no longer be undone.</numerusform>
            <numerusform>Delete %n entries older than %1 days? They can no longer be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) older than %1 days deleted.</source>
        <translation>
            <numerusform>%n entry older than %1 days deleted.</numerusform>
            <numerusform>%n entries older than %1 days deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome unknown</source>
        <translation>
            <numerusform>%n outcome unknown</numerusform>
            <numerusform>%n outcome unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Not closed: %n change(s) could not be saved; they stay pending, hover for the reason.</source>
        <translation>
            <numerusform>Not closed: %n change could not be saved; it stays pending, hover for the reason.</numerusform>
            <numerusform>Not closed: %n changes could not be saved; they stay pending, hover for the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed cell(s) of %1 not saved to the server.</source>
        <translation>
            <numerusform>%n changed cell of %1 not saved to the server.</numerusform>
            <numerusform>%n changed cells of %1 not saved to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A batch is being sent: %n operation(s) in the batch composer still wait for their outcome.</source>
        <translation>
            <numerusform>A batch is being sent: %n operation in the batch composer still waits for its outcome.</numerusform>
            <numerusform>A batch is being sent: %n operations in the batch composer still wait for their outcome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in the batch composer not sent yet, or without a known outcome.</source>
        <translation>
            <numerusform>%n operation in the batch composer not sent yet, or without a known outcome.</numerusform>
            <numerusform>%n operations in the batch composer not sent yet, or without a known outcome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Parse Config parameter(s) changed and not saved to the server.</source>
        <translation>
            <numerusform>%n Parse Config parameter changed and not saved to the server.</numerusform>
            <numerusform>%n Parse Config parameters changed and not saved to the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectBrowser</name>
    <message numerus="yes">
        <source>%1 of %Ln object(s)</source>
        <translation>
            <numerusform>%1 of %Ln object</numerusform>
            <numerusform>%1 of %Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n object(s) updated.</source>
        <translation>
            <numerusform>Saved: %n object updated.</numerusform>
            <numerusform>Saved: %n objects updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) met a newer value on the server (hover a red cell for the three values). For the selected cells:</source>
        <translation>
            <numerusform>%n edit met a newer value on the server (hover the red cell for the three values). For the selected cells:</numerusform>
            <numerusform>%n edits met a newer value on the server (hover a red cell for the three values). For the selected cells:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) not sent: changed on the server since loaded.</source>
        <translation>
            <numerusform>%n conflict not sent: changed on the server since loaded.</numerusform>
            <numerusform>%n conflicts not sent: changed on the server since loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectRowActions</name>
    <message numerus="yes">
        <source>Save or discard the %n changed cell(s) first.</source>
        <translation>
            <numerusform>Save or discard the %n changed cell first.</numerusform>
            <numerusform>Save or discard the %n changed cells first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.</source>
        <translation>
            <numerusform>Delete %n object of %1 from the server? A copy is kept in the undo journal.</numerusform>
            <numerusform>Delete %n objects of %1 from the server? A copy is kept in the undo journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) written.</source>
        <translation>
            <numerusform>Done: %n object written.</numerusform>
            <numerusform>Done: %n objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): not deleted, as changed on the server since loaded; the table shows them as they are now.</source>
        <translation>
            <numerusform>%n conflict: not deleted, as changed on the server since loaded; the table shows it as it is now.</numerusform>
            <numerusform>%n conflicts: not deleted, as changed on the server since loaded; the table shows them as they are now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectScopeBox</name>
    <message numerus="yes">
        <source>The %n selected row(s)</source>
        <translation>
            <numerusform>The selected row</numerusform>
            <numerusform>The %n selected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln object(s) of the class</source>
        <translation>
            <numerusform>All %Ln object of the class</numerusform>
            <numerusform>All %Ln objects of the class</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln object(s) matching the filter</source>
        <translation>
            <numerusform>All %Ln object matching the filter</numerusform>
            <numerusform>All %Ln objects matching the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrincipalPicker</name>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them.</source>
        <translation>
            <numerusform>The first match; type more to narrow it down.</numerusform>
            <numerusform>The first %n matches; type more to narrow them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowScriptDialog</name>
    <message numerus="yes">
        <source>Call %1 for %n object(s) of %2?</source>
        <translation>
            <numerusform>Call %1 for %n object of %2?</numerusform>
            <numerusform>Call %1 for %n objects of %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n call(s) made are listed below; the other objects were not called.</source>
        <translation>
            <numerusform>Stopped: the %n call made is listed below; the other objects were not called.</numerusform>
            <numerusform>Stopped: the %n calls made are listed below; the other objects were not called.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n call(s) succeeded.</source>
        <translation>
            <numerusform>Done: %n call succeeded.</numerusform>
            <numerusform>Done: %n calls succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConfigPane</name>
    <message numerus="yes">
        <source>Not saved: %n parameter(s) changed on the server since you loaded them.</source>
        <translation>
            <numerusform>Not saved: %n parameter changed on the server since you loaded it.</numerusform>
            <numerusform>Not saved: %n parameters changed on the server since you loaded them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved.</source>
        <translation>
            <numerusform>%n change not saved.</numerusform>
            <numerusform>%n changes not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s). Double-click a name to rename it or a value to change it.</source>
        <translation>
            <numerusform>%n parameter. Double-click a name to rename it or a value to change it.</numerusform>
            <numerusform>%n parameters. Double-click a name to rename it or a value to change it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerLogModel</name>
    <message numerus="yes">
        <source>%1 (+%n line(s))</source>
        <translation>
            <numerusform>%1 (+%n line)</numerusform>
            <numerusform>%1 (+%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerLogPane</name>
    <message numerus="yes">
        <source>%1 of %n entries match the filter.</source>
        <translation>
            <numerusform>%1 of %n entry match the filter.</numerusform>
            <numerusform>%1 of %n entries match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoEntry</name>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message numerus="yes">
        <source>Undo: %n operation(s) applied</source>
        <translation>
            <numerusform>Undo: %n operation applied</numerusform>
            <numerusform>Undo: %n operations applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewAsCompareDialog</name>
    <message numerus="yes">
        <source>%1 of %n object(s) visible, %2 hidden.</source>
        <translation>
            <numerusform>%1 of %n object visible, %2 hidden.</numerusform>
            <numerusform>%1 of %n objects visible, %2 hidden.</numerusform>
        </translation>
    </message>
</context>
</TS>
