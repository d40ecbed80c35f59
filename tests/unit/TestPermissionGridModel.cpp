// The CLP grid (PermissionGridModel), the index list (IndexListModel) and what "View as…" says about a
// viewer's find (ViewerAccess): every check box toggles exactly its key of the CLP JSON.
#include "core/data/ViewerAccess.h"
#include "core/models/AclModel.h"
#include "core/models/IndexListModel.h"
#include "core/models/PermissionGridModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject field(const QString &type, const QString &targetClass = {})
{
    QJsonObject f{{QStringLiteral("type"), type}};
    if (!targetClass.isEmpty())
        f.insert(QStringLiteral("targetClass"), targetClass);
    return f;
}

QJsonObject scoreFields()
{
    return {{QStringLiteral("objectId"), field(QStringLiteral("String"))},
            {QStringLiteral("createdAt"), field(QStringLiteral("Date"))},
            {QStringLiteral("updatedAt"), field(QStringLiteral("Date"))},
            {QStringLiteral("ACL"), field(QStringLiteral("ACL"))},
            {QStringLiteral("points"), field(QStringLiteral("Number"))},
            {QStringLiteral("secret"), field(QStringLiteral("String"))},
            {QStringLiteral("owner"), field(QStringLiteral("Pointer"), QStringLiteral("_User"))},
            {QStringLiteral("room"), field(QStringLiteral("Pointer"), QStringLiteral("Room"))},
            {QStringLiteral("editors"), field(QStringLiteral("Array"))}};
}

ClassPermissions clp(const QByteArray &json)
{
    QList<ClassPermissions::Issue> issues;
    const ClassPermissions permissions =
        ClassPermissions::fromJson(QJsonDocument::fromJson(json).object(), &issues);
    if (!issues.isEmpty())
        qFatal("bad CLP in test: %s", qPrintable(issues.first().key));
    return permissions;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The server's form of a CLP where nobody may do anything, with `changes` on top.
QJsonObject closedWith(const QJsonObject &changes)
{
    QJsonObject json;
    for (const QString &op : ClassPermissions::operations())
        json.insert(op, QJsonObject());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}
} // namespace

class TestPermissionGridModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_principalsAndPointerFields();
    void toggle_producesExactJson_data();
    void toggle_producesExactJson();
    void protectedFields_perPrincipal();
    void addedPrincipals_andUsernames();
    void readOnly_nothingCheckable();
    void indexList_namesKeysAndParseOwn();
    void acl_checkBoxesGiveExactJson();
    void viewerAccess_findNote_data();
    void viewerAccess_findNote();
};

void TestPermissionGridModel::rows_principalsAndPointerFields()
{
    PermissionGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClass(QStringLiteral("Score"), scoreFields(),
                   clp("{\"find\":{\"role:staff\":true,\"u1\":true},\"get\":{\"*\":true},"
                       "\"protectedFields\":{\"role:guest\":[\"secret\"]}}"));
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(PermissionGridModel::PrincipalKeyRole).toString());
    // Public, logged-in, roles, users, then the pointer fields to _User and the arrays (room points
    // elsewhere).
    QCOMPARE(keys, (QStringList{QStringLiteral("*"), QStringLiteral("requiresAuthentication"),
                                QStringLiteral("role:guest"), QStringLiteral("role:staff"),
                                QStringLiteral("u1"), QStringLiteral("editors"), QStringLiteral("owner")}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Public (*)"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Role staff"));
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("User u1"));
    QCOMPARE(model.columnCount(), int(PermissionGridModel::ColumnCount));
    QCOMPARE(model.headerData(PermissionGridModel::FirstOperation, Qt::Horizontal).toString(),
             QStringLiteral("get"));
    QCOMPARE(model.headerData(PermissionGridModel::FirstOperation + 6, Qt::Horizontal).toString(),
             QStringLiteral("addField"));
    QCOMPARE(model.index(0, PermissionGridModel::FirstOperation).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(model.index(0, PermissionGridModel::FirstOperation + 1).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    // Pointer permissions columns only on pointer rows.
    QVERIFY(!model.index(0, PermissionGridModel::ReadUserFields).data(Qt::CheckStateRole).isValid());
    QVERIFY(model.index(6, PermissionGridModel::ReadUserFields).data(Qt::CheckStateRole).isValid());
    QCOMPARE(model.index(2, PermissionGridModel::Protected).data().toString(), QStringLiteral("secret"));
    QCOMPARE(model.protectableFields(),
             (QStringList{QStringLiteral("editors"), QStringLiteral("owner"), QStringLiteral("points"),
                          QStringLiteral("room"), QStringLiteral("secret")}));
    QVERIFY(!model.isModified());
}

void TestPermissionGridModel::toggle_producesExactJson_data()
{
    QTest::addColumn<QString>("principal");
    QTest::addColumn<int>("column");
    QTest::addColumn<QByteArray>("expected"); // keys that differ from a closed CLP

    const int get = PermissionGridModel::FirstOperation;
    QTest::newRow("public get") << QStringLiteral("*") << get << QByteArray("{\"get\":{\"*\":true}}");
    QTest::newRow("logged-in count") << QStringLiteral("requiresAuthentication") << get + 2
                                     << QByteArray("{\"count\":{\"requiresAuthentication\":true}}");
    QTest::newRow("role create") << QStringLiteral("role:staff") << get + 3
                                 << QByteArray("{\"create\":{\"role:staff\":true}}");
    QTest::newRow("user delete") << QStringLiteral("u1") << get + 5
                                 << QByteArray("{\"delete\":{\"u1\":true}}");
    QTest::newRow("role addField") << QStringLiteral("role:staff") << get + 6
                                   << QByteArray("{\"addField\":{\"role:staff\":true}}");
    QTest::newRow("pointer update") << QStringLiteral("owner") << get + 4
                                    << QByteArray("{\"update\":{\"pointerFields\":[\"owner\"]}}");
    QTest::newRow("readUserFields") << QStringLiteral("owner") << int(PermissionGridModel::ReadUserFields)
                                    << QByteArray("{\"readUserFields\":[\"owner\"]}");
    QTest::newRow("writeUserFields") << QStringLiteral("editors") << int(PermissionGridModel::WriteUserFields)
                                     << QByteArray("{\"writeUserFields\":[\"editors\"]}");
}

void TestPermissionGridModel::toggle_producesExactJson()
{
    QFETCH(QString, principal);
    QFETCH(int, column);
    QFETCH(QByteArray, expected);
    PermissionGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every principal present (nothing allowed), so each row exists.
    model.setClass(QStringLiteral("Score"), scoreFields(),
                   clp("{\"protectedFields\":{\"role:staff\":[\"secret\"],\"u1\":[\"points\"]}}"));
    model.setProtectedFieldsOf(model.rowOf(QStringLiteral("role:staff")), {});
    model.setProtectedFieldsOf(model.rowOf(QStringLiteral("u1")), {});
    QSignalSpy changed(&model, &PermissionGridModel::permissionsChanged);
    const int row = model.rowOf(principal);
    QVERIFY(row >= 0);
    const QModelIndex cell = model.index(row, column);
    QVERIFY(model.flags(cell) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(cell, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(compact(model.permissions().toJson()),
             compact(closedWith(QJsonDocument::fromJson(expected).object())));
    QVERIFY(cell.data(PermissionGridModel::ChangedRole).toBool());
    // Unchecked again: back to where it started.
    QVERIFY(model.setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(compact(model.permissions().toJson()), compact(closedWith({})));
    QVERIFY(!cell.data(PermissionGridModel::ChangedRole).toBool());
}

void TestPermissionGridModel::protectedFields_perPrincipal()
{
    PermissionGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClass(QStringLiteral("Score"), scoreFields(), clp("{\"find\":{\"*\":true}}"));
    model.setProtectedFieldsOf(model.rowOf(QStringLiteral("*")), {QStringLiteral("secret")});
    model.setProtectedFieldsOf(model.rowOf(QStringLiteral("requiresAuthentication")),
                               {QStringLiteral("points")});
    QVERIFY(model.setData(model.index(model.rowOf(QStringLiteral("owner")), PermissionGridModel::Protected),
                          QStringList{QStringLiteral("secret"), QStringLiteral("points")}));
    QCOMPARE(compact(model.permissions().toJson().value(QStringLiteral("protectedFields")).toObject()),
             QStringLiteral("{\"*\":[\"secret\"],\"authenticated\":[\"points\"],"
                            "\"userField:owner\":[\"secret\",\"points\"]}"));
    QVERIFY(model.isModified());
    model.revert();
    QVERIFY(!model.isModified());
    QCOMPARE(model.index(0, PermissionGridModel::Protected).data().toString(), QString());
}

void TestPermissionGridModel::addedPrincipals_andUsernames()
{
    PermissionGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClass(QStringLiteral("Score"), scoreFields(), clp("{\"find\":{\"u1\":true}}"));
    QCOMPARE(model.userIds(), QStringList{QStringLiteral("u1")});
    model.setUsernames({{QStringLiteral("u1"), QStringLiteral("alice")}});
    QCOMPARE(model.index(model.rowOf(QStringLiteral("u1")), 0).data().toString(),
             QStringLiteral("User alice (u1)"));
    // Roles go before users, users before pointer fields; a principal is not added twice.
    const int role = model.addRole(QStringLiteral("staff"));
    QCOMPARE(role, 2);
    QCOMPARE(model.addRole(QStringLiteral("staff")), 2);
    const int user = model.addUser(QStringLiteral("u2"), QStringLiteral("bob"));
    QCOMPARE(user, 4);
    QCOMPARE(model.index(user, 0).data().toString(), QStringLiteral("User bob (u2)"));
    QVERIFY(!model.isModified()); // a row with nothing allowed changes nothing
    QVERIFY(model.setData(model.index(user, PermissionGridModel::FirstOperation + 1), Qt::Checked,
                          Qt::CheckStateRole));
    QCOMPARE(compact(model.permissions().toJson().value(QStringLiteral("find")).toObject()),
             QStringLiteral("{\"u1\":true,\"u2\":true}"));
}

void TestPermissionGridModel::readOnly_nothingCheckable()
{
    PermissionGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClass(QStringLiteral("Score"), scoreFields(), ClassPermissions());
    model.setReadOnly(true);
    const QModelIndex cell = model.index(0, PermissionGridModel::FirstOperation);
    QVERIFY(!(model.flags(cell) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    model.setProtectedFieldsOf(0, {QStringLiteral("secret")});
    QVERIFY(!model.isModified());
}

void TestPermissionGridModel::indexList_namesKeysAndParseOwn()
{
    IndexListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(
        QJsonObject{{QStringLiteral("className"), QStringLiteral("Score")},
                    {QStringLiteral("indexes"),
                     QJsonObject{{QStringLiteral("_id_"), QJsonObject{{QStringLiteral("_id"), 1}}},
                                 {QStringLiteral("by_points"), QJsonObject{{QStringLiteral("points"), -1},
                                                                           {QStringLiteral("owner"), 1}}}}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.names(), (QStringList{QStringLiteral("_id_"), QStringLiteral("by_points")}));
    QVERIFY(model.index(0, 0).data(IndexListModel::ParseOwnRole).toBool());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("_id_ (Parse's own)"));
    QVERIFY(!model.index(1, 0).data(IndexListModel::ParseOwnRole).toBool());
    QCOMPARE(model.index(1, IndexListModel::Keys).data().toString(),
             QStringLiteral("owner ascending, points descending"));
    model.setSchema({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPermissionGridModel::acl_checkBoxesGiveExactJson()
{
    AclModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAcl(
        QJsonDocument::fromJson("{\"u1\":{\"read\":true},\"role:staff\":{\"read\":true,\"write\":true}}")
            .object());
    // Public first (even when absent), then roles, then users.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AclModel::Who).data().toString(), QStringLiteral("Public (*)"));
    QCOMPARE(model.index(1, AclModel::Who).data().toString(), QStringLiteral("Role staff"));
    QCOMPARE(model.userIds(), QStringList{QStringLiteral("u1")});
    model.setUsernames({{QStringLiteral("u1"), QStringLiteral("alice")}});
    QCOMPARE(model.index(2, AclModel::Who).data().toString(), QStringLiteral("User alice (u1)"));
    QCOMPARE(model.index(0, AclModel::Read).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.setData(model.index(0, AclModel::Read), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1, AclModel::Write), Qt::Unchecked, Qt::CheckStateRole));
    const int bob = model.addUser(QStringLiteral("u2"), QStringLiteral("bob"));
    QCOMPARE(bob, 3);
    QVERIFY(model.setData(model.index(bob, AclModel::Write), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(compact(model.acl()), QStringLiteral("{\"*\":{\"read\":true},\"role:staff\":{\"read\":true},"
                                                  "\"u1\":{\"read\":true},\"u2\":{\"write\":true}}"));
    QVERIFY(!model.isMasterKeyOnly());
    // Nobody with any right: the empty ACL, master key only.
    for (int row = 0; row < model.rowCount(); ++row) {
        model.setData(model.index(row, AclModel::Read), Qt::Unchecked, Qt::CheckStateRole);
        model.setData(model.index(row, AclModel::Write), Qt::Unchecked, Qt::CheckStateRole);
    }
    QCOMPARE(compact(model.acl()), QStringLiteral("{}"));
    QVERIFY(model.isMasterKeyOnly());
    model.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, AclModel::Read)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(0, AclModel::Read), Qt::Checked, Qt::CheckStateRole));
}

void TestPermissionGridModel::viewerAccess_findNote_data()
{
    QTest::addColumn<QByteArray>("clp");
    QTest::addColumn<int>("viewer");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("noteContains"); // empty: no note

    const int master = int(ViewerAccess::Viewer::MasterKey);
    const int anonymous = int(ViewerAccess::Viewer::Anonymous);
    const int user = int(ViewerAccess::Viewer::User);
    const QByteArray closed("{}");
    QTest::newRow("master key, closed") << closed << master << QStringList() << false << QString();
    QTest::newRow("anonymous, public")
        << QByteArray("{\"find\":{\"*\":true}}") << anonymous << QStringList() << false << QString();
    QTest::newRow("anonymous, closed")
        << closed << anonymous << QStringList() << true << QStringLiteral("do not give find");
    QTest::newRow("anonymous, logged-in only")
        << QByteArray("{\"find\":{\"requiresAuthentication\":true}}") << anonymous << QStringList() << true
        << QStringLiteral("requiresAuthentication");
    QTest::newRow("user, logged-in only") << QByteArray("{\"find\":{\"requiresAuthentication\":true}}")
                                          << user << QStringList() << false << QString();
    QTest::newRow("user by id") << QByteArray("{\"find\":{\"u1\":true}}") << user << QStringList() << false
                                << QString();
    QTest::newRow("user by role") << QByteArray("{\"find\":{\"role:staff\":true}}") << user
                                  << QStringList{QStringLiteral("staff")} << false << QString();
    QTest::newRow("user without the role")
        << QByteArray("{\"find\":{\"role:staff\":true}}") << user << QStringList{QStringLiteral("guest")}
        << true << QStringLiteral("do not give find");
    QTest::newRow("user, pointer permission")
        << QByteArray("{\"readUserFields\":[\"owner\"]}") << user << QStringList() << false
        << QStringLiteral("field owner points");
}

void TestPermissionGridModel::viewerAccess_findNote()
{
    QFETCH(QByteArray, clp);
    QFETCH(int, viewer);
    QFETCH(QStringList, roles);
    QFETCH(bool, refused);
    QFETCH(QString, noteContains);
    ViewerAccess access;
    access.viewer = ViewerAccess::Viewer(viewer);
    access.userId = QStringLiteral("u1");
    access.username = QStringLiteral("alice");
    access.roles = roles;
    const ClassPermissions permissions = ::clp(clp);
    QCOMPARE(access.findRefused(permissions), refused);
    const QString note = access.findNote(QStringLiteral("Score"), permissions);
    if (noteContains.isEmpty())
        QVERIFY2(note.isEmpty(), qPrintable(note));
    else
        QVERIFY2(note.contains(noteContains), qPrintable(note));
}

QTEST_GUILESS_MAIN(TestPermissionGridModel)
#include "TestPermissionGridModel.moc"
