// ClassPermissions without a server: what Parse Server 9.10's validateCLP refuses is refused here with the
// offending key, the server's read-back form compares equal to what was sent, the grid setters write the
// exact JSON, and the diff names each principal that changed. The live round trips are in
// tests/integration/TestAccessCliLive.
#include "core/data/ClassPermissions.h"
#include "core/data/JsonText.h"

#include <QTest>

namespace {
// JSON written with ' for ", so the cases stay readable as ordinary literals.
QJsonObject json(const char *text)
{
    const QByteArray quoted = QByteArray(text).replace('\'', '"');
    const JsonText::Parsed parsed = JsonText::parse(quoted);
    if (!parsed.ok())
        qFatal("bad test JSON %s: %s", text, qPrintable(parsed.error));
    return parsed.document.object();
}

QStringList keysOf(const QList<ClassPermissions::Issue> &issues)
{
    QStringList keys;
    for (const ClassPermissions::Issue &issue : issues)
        keys.append(issue.key);
    return keys;
}

const char *const kFields = "{'owner':{'type':'Pointer','targetClass':'_User'},"
                            "'room':{'type':'Pointer','targetClass':'Room'},"
                            "'editors':{'type':'Array'},'secret':{'type':'String'},'n':{'type':'Number'}}";
} // namespace

class TestClassPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_issues_data()
    {
        QTest::addColumn<QString>("clp");
        QTest::addColumn<QStringList>("keys");
        const auto row = [](const char *name, const char *clp, const QStringList &keys) {
            QTest::newRow(name) << QString::fromLatin1(clp) << keys;
        };
        row("every form accepted",
            "{'get':{'*':true,'pointerFields':['owner']},'find':{'requiresAuthentication':true},"
            "'count':{'role:staff':true},'create':{'AbC123xyz':true},'update':{'role:Team A-1_x':true},"
            "'delete':{},'addField':{},'readUserFields':['owner'],'writeUserFields':['editors'],"
            "'protectedFields':{'*':['secret'],'authenticated':['n'],'role:staff':[],'userField:owner':['n'],"
            "'AbC123xyz':['secret']},'ACL':{'*':{'read':true},'currentUser':{'read':true,'write':true}}}",
            {});
        row("unknown operation", "{'fnd':{'*':true}}", {QStringLiteral("fnd")});
        row("principal of no form", "{'find':{'rol:x':true}}", {QStringLiteral("find.rol:x")});
        row("principal with punctuation", "{'get':{'user-1':true}}", {QStringLiteral("get.user-1")});
        row("empty role", "{'get':{'role:':true}}", {QStringLiteral("get.role:")});
        row("authenticated in an operation", "{'count':{'authenticated':true}}",
            {QStringLiteral("count.authenticated")});
        row("reserved word in another case", "{'find':{'RequiresAuthentication':true}}",
            {QStringLiteral("find.RequiresAuthentication")});
        row("false is not a value", "{'update':{'*':false}}", {QStringLiteral("update.*")});
        row("operation not an object", "{'delete':true}", {QStringLiteral("delete")});
        row("pointerFields not a list", "{'get':{'pointerFields':'owner'}}",
            {QStringLiteral("get.pointerFields")});
        row("readUserFields not a list", "{'readUserFields':'owner'}", {QStringLiteral("readUserFields")});
        row("requiresAuthentication in protectedFields",
            "{'protectedFields':{'requiresAuthentication':['n']}}",
            {QStringLiteral("protectedFields.requiresAuthentication")});
        row("protected fields not a list", "{'protectedFields':{'*':'secret'}}",
            {QStringLiteral("protectedFields.*")});
        row("userField without a field", "{'protectedFields':{'userField:':['n']}}",
            {QStringLiteral("protectedFields.userField:")});
        row("ACL value not a bool", "{'ACL':{'*':{'read':'yes'}}}", {QStringLiteral("ACL.*")});
        row("ACL key not read or write", "{'ACL':{'*':{'see':true}}}", {QStringLiteral("ACL.*")});
        row("several at once", "{'find':{'x y':true},'nope':1,'get':{'*':true}}",
            {QStringLiteral("find.x y"), QStringLiteral("nope")});
    }
    void fromJson_issues()
    {
        QFETCH(QString, clp);
        QFETCH(QStringList, keys);
        QList<ClassPermissions::Issue> issues;
        ClassPermissions::fromJson(json(clp.toLatin1().constData()), &issues);
        QCOMPARE(keysOf(issues), keys);
        for (const ClassPermissions::Issue &issue : issues)
            QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.key));
    }

    // The server reads back every operation ({} for nobody) and protectedFields {} when nothing is
    // protected: the same permissions as what was sent without them.
    void serverForm_equalsSentForm_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("readBack");
        QTest::newRow("one operation")
            << QStringLiteral("{'find':{'requiresAuthentication':true},'readUserFields':['owner']}")
            << QStringLiteral("{'find':{'requiresAuthentication':true},'get':{},'count':{},'create':{},"
                              "'update':{},'delete':{},'addField':{},'protectedFields':{},"
                              "'readUserFields':['owner']}");
        QTest::newRow("empty lists")
            << QStringLiteral("{'get':{'pointerFields':[]},'writeUserFields':[],'protectedFields':{'*':[]}}")
            << QStringLiteral("{'find':{},'get':{},'count':{},'create':{},'update':{},'delete':{},"
                              "'addField':{},'protectedFields':{}}");
    }
    void serverForm_equalsSentForm()
    {
        QFETCH(QString, sent);
        QFETCH(QString, readBack);
        QList<ClassPermissions::Issue> issues;
        const ClassPermissions a = ClassPermissions::fromJson(json(sent.toLatin1().constData()), &issues);
        const ClassPermissions b = ClassPermissions::fromJson(json(readBack.toLatin1().constData()), &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(a.toJson(), b.toJson());
        QVERIFY(ClassPermissions::diff(a, b).isEmpty());
    }

    void newClass_isTheServersDefault()
    {
        QList<ClassPermissions::Issue> issues;
        const ClassPermissions server = ClassPermissions::fromJson(
            json("{'ACL':{'*':{'read':true,'write':true}},'find':{'*':true},'get':{'*':true},"
                 "'count':{'*':true},'create':{'*':true},'update':{'*':true},'delete':{'*':true},"
                 "'addField':{'*':true},'protectedFields':{'*':[]}}"),
            &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(ClassPermissions().toJson(), server.toJson());
    }

    // What a grid of checkboxes and lists writes.
    void setters_writeTheExactJson()
    {
        ClassPermissions clp;
        for (const QString &operation : ClassPermissions::operations())
            clp.setAllowed(operation, ClassPermissions::kPublic, false);
        clp.setAllowed(QStringLiteral("find"), QStringLiteral("role:staff"), true);
        clp.setAllowed(QStringLiteral("get"), ClassPermissions::kRequiresAuthentication, true);
        clp.setPointerFields(QStringLiteral("update"), {QStringLiteral("owner")});
        clp.setUserFields(QStringLiteral("readUserFields"), {QStringLiteral("editors")});
        clp.setProtectedFields(QStringLiteral("userField:owner"), {QStringLiteral("secret")});
        clp.setDefaultAcl(QJsonObject());
        QCOMPARE(clp.toJson(), json("{'find':{'role:staff':true},'get':{'requiresAuthentication':true},"
                                    "'count':{},'create':{},'update':{'pointerFields':['owner']},'delete':{},"
                                    "'addField':{},'readUserFields':['editors'],"
                                    "'protectedFields':{'userField:owner':['secret']},'ACL':{}}"));
        QVERIFY(clp.allows(QStringLiteral("find"), QStringLiteral("role:staff")));
        QVERIFY(!clp.allows(QStringLiteral("find"), ClassPermissions::kPublic));
        QCOMPARE(clp.principals(QStringLiteral("update")), QStringList());
        QCOMPARE(clp.defaultAcl(), std::optional<QJsonObject>(QJsonObject()));
        // Emptied again: the entries go, and "no default ACL" is not an empty one.
        clp.setPointerFields(QStringLiteral("update"), {});
        clp.setUserFields(QStringLiteral("readUserFields"), {});
        clp.setProtectedFields(QStringLiteral("userField:owner"), {});
        clp.setDefaultAcl(std::nullopt);
        QCOMPARE(clp.toJson(), json("{'find':{'role:staff':true},'get':{'requiresAuthentication':true},"
                                    "'count':{},'create':{},'update':{},'delete':{},'addField':{}}"));
        QCOMPARE(clp.defaultAcl(), std::nullopt);
    }

    void checkFields_data()
    {
        QTest::addColumn<QString>("clp");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("pointer and array fields")
            << QStringLiteral("{'get':{'pointerFields':['owner','editors']},'readUserFields':['owner'],'"
                              "protectedFields':{'*':['secret']}}")
            << QStringList();
        QTest::newRow("pointer to another class") << QStringLiteral("{'find':{'pointerFields':['room']}}")
                                                  << QStringList{QStringLiteral("find.pointerFields")};
        QTest::newRow("missing user field") << QStringLiteral("{'writeUserFields':['nobody']}")
                                            << QStringList{QStringLiteral("writeUserFields")};
        QTest::newRow("missing protected field")
            << QStringLiteral("{'protectedFields':{'role:staff':['gone']}}")
            << QStringList{QStringLiteral("protectedFields.role:staff")};
        QTest::newRow("Parse's own field") << QStringLiteral("{'protectedFields':{'*':['createdAt']}}")
                                           << QStringList{QStringLiteral("protectedFields.*")};
    }
    void checkFields()
    {
        QFETCH(QString, clp);
        QFETCH(QStringList, keys);
        QList<ClassPermissions::Issue> issues;
        const ClassPermissions permissions =
            ClassPermissions::fromJson(json(clp.toLatin1().constData()), &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(keysOf(permissions.checkFields(json(kFields))), keys);
    }

    void diff_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("same") << QStringLiteral("{'find':{'*':true}}")
                              << QStringLiteral("{'find':{'*':true}}") << QStringList();
        QTest::newRow("principal swapped")
            << QStringLiteral("{'find':{'*':true}}") << QStringLiteral("{'find':{'role:staff':true}}")
            << QStringList{QStringLiteral("find.*: true -> (none)"),
                           QStringLiteral("find.role:staff: (none) -> true")};
        QTest::newRow("pointer permissions and protected fields")
            << QStringLiteral("{'readUserFields':['owner'],'protectedFields':{'*':['secret']}}")
            << QStringLiteral("{'readUserFields':['owner','editors'],'protectedFields':{'*':['secret','n']}}")
            << QStringList{QStringLiteral("protectedFields.*: [\"secret\"] -> [\"secret\",\"n\"]"),
                           QStringLiteral("readUserFields: [\"owner\"] -> [\"owner\",\"editors\"]")};
        QTest::newRow("default ACL added")
            << QStringLiteral("{}") << QStringLiteral("{'ACL':{'*':{'read':true}}}")
            << QStringList{QStringLiteral("ACL.*: (none) -> {\"read\":true}")};
    }
    void diff()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, lines);
        QList<ClassPermissions::Issue> issues;
        const ClassPermissions a = ClassPermissions::fromJson(json(from.toLatin1().constData()), &issues);
        const ClassPermissions b = ClassPermissions::fromJson(json(to.toLatin1().constData()), &issues);
        QVERIFY(issues.isEmpty());
        QStringList described;
        for (const ClassPermissions::Change &change : ClassPermissions::diff(a, b))
            described.append(ClassPermissions::describe(change));
        QCOMPARE(described, lines);
    }
};

QTEST_GUILESS_MAIN(TestClassPermissions)
#include "TestClassPermissions.moc"
