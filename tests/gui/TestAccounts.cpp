// Issue #19's users, roles and sessions in the class browser's "Users & roles" tab against the live TEST
// server: a password set through the dialog logs the user in (and is in no log, journal or file), email
// verification toggled, authData redacted, sessions revoked one and all, role membership through the
// users and roles relations with the effective users through a child role.
#include "AdminClient.h"
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/batch/UserAccount.h"
#include "core/data/AppPaths.h"
#include "core/models/RequestLogModel.h"
#include "core/models/RoleMemberModel.h"
#include "core/models/SessionListModel.h"
#include "ui/AccountsPanel.h"
#include "ui/ClassBrowser.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PasswordDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;

namespace {
QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QJsonObject pointer(const char *className, const QString &objectId)
{
    return {{QStringLiteral("__type"), QStringLiteral("Pointer")},
            {QStringLiteral("className"), QString::fromLatin1(className)},
            {QStringLiteral("objectId"), objectId}};
}
} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void user_passwordSetLogsInAndIsKeptNowhere();
    void user_emailVerifiedAndAuthDataRedacted();
    void sessions_revokedOneThenAll();
    void role_membersThroughRelationsAndEffectiveUsers();
    void german_wholeAt1024x700();

private:
    // A new user (signed up, so with one session) and its objectId.
    QString signUp(const QString &username, const QString &password);
    ParseResult logIn(const QString &username, const QString &password);
    QString createRole(const QString &name);
    QStringList related(const QString &roleId, const char *key, const char *className, const char *nameField);
    int sessionCount(const QString &userId);
    std::unique_ptr<MainWindow> openOn(const QString &cls);

    std::unique_ptr<AdminClient> m_admin;
    std::unique_ptr<GuiSession> m_session;
    AccountsPanel *m_panel = nullptr;
    QStringList m_users;
    QStringList m_roles;
};

void TestAccounts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile());
}

void TestAccounts::init()
{
    m_session = std::make_unique<GuiSession>();
}

void TestAccounts::cleanup()
{
    m_panel = nullptr;
    m_session.reset();
}

void TestAccounts::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_users))
        await(m_admin->client().send(ParseRequest::deleteObject(QStringLiteral("_User"), id)));
    for (const QString &id : std::as_const(m_roles))
        await(m_admin->client().send(ParseRequest::deleteObject(QStringLiteral("_Role"), id)));
}

QString TestAccounts::signUp(const QString &username, const QString &password)
{
    ParseRequest post;
    post.method = ParseRequest::Method::Post;
    post.path = QStringLiteral("/users");
    post.body = QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    post.masterKey = ParseRequest::MasterKey::Never;
    const ParseResult r = await(m_admin->client().send(post));
    const QString id = r.object().value(QLatin1String("objectId")).toString();
    if (!id.isEmpty())
        m_users.append(id);
    else
        qWarning("sign-up of %s: %s", qPrintable(username), qPrintable(r.error.describe()));
    return id;
}

ParseResult TestAccounts::logIn(const QString &username, const QString &password)
{
    ParseRequest login;
    login.method = ParseRequest::Method::Post;
    login.path = QStringLiteral("/login");
    login.body = QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    login.masterKey = ParseRequest::MasterKey::Never;
    return await(m_admin->client().send(login));
}

QString TestAccounts::createRole(const QString &name)
{
    const ParseResult r = await(m_admin->client().send(ParseRequest::createObject(
        QStringLiteral("_Role"),
        {{QStringLiteral("name"), name},
         {QStringLiteral("ACL"),
          QJsonObject{{QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}}}}}})));
    const QString id = r.object().value(QLatin1String("objectId")).toString();
    if (!id.isEmpty())
        m_roles.append(id);
    return id;
}

QStringList TestAccounts::related(const QString &roleId, const char *key, const char *className,
                                  const char *nameField)
{
    QueryOptions options;
    options.where = {
        {QStringLiteral("$relatedTo"), QJsonObject{{QStringLiteral("object"), pointer("_Role", roleId)},
                                                   {QStringLiteral("key"), QString::fromLatin1(key)}}}};
    const ParseResult r =
        await(m_admin->client().send(ParseRequest::find(QString::fromLatin1(className), options)));
    QStringList names;
    const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
    for (const QJsonValue &v : results)
        names.append(v.toObject().value(QLatin1String(nameField)).toString());
    names.sort();
    return names;
}

int TestAccounts::sessionCount(const QString &userId)
{
    const ParseRequest count =
        ParseRequest::count(QStringLiteral("_Session"), {{QStringLiteral("user"), pointer("_User", userId)}});
    return int(await(m_admin->client().send(count)).object().value(QLatin1String("count")).toInteger(-1));
}

std::unique_ptr<MainWindow> TestAccounts::openOn(const QString &cls)
{
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    profile.name = QStringLiteral("Test server");
    std::unique_ptr<MainWindow> window = m_session->connectedWindow(m_session->saveProfile(profile));
    auto *browser = window->findChild<ClassBrowser *>();
    browser->selectClass(cls);
    if (!QTest::qWaitFor([&] { return browser->currentClass() == cls; }, 10000))
        qWarning("class %s not shown", qPrintable(cls));
    m_panel = child<AccountsPanel>(browser, QStringLiteral("accountsPanel"));
    auto *tabs = child<QTabWidget>(browser, QStringLiteral("classTabWidget"));
    tabs->setCurrentWidget(m_panel);
    return window;
}

void TestAccounts::user_passwordSetLogsInAndIsKeptNowhere()
{
    const QString username = unique("acct-pw-");
    const QString userId = signUp(username, QStringLiteral("old-password-1"));
    QVERIFY(!userId.isEmpty());
    const QString password = unique("New-Secret-");

    const std::unique_ptr<MainWindow> window = openOn(QStringLiteral("_User"));
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("classTabWidget"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(m_panel)));
    m_panel->showUser(userId, username);
    auto *details = child<QLabel>(m_panel, QStringLiteral("userDetailsLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(username), 10000);
    auto *button = child<QPushButton>(m_panel, QStringLiteral("setPasswordPushButton"));
    QVERIFY(button->isEnabled());

    bool okWhileDifferent = true;
    GuiTestSupport::onNextModal<PasswordDialog>(this, [&](PasswordDialog *dialog) {
        auto *first = child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"));
        auto *second = child<QLineEdit>(dialog, QStringLiteral("repeatPasswordLineEdit"));
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        first->setText(password);
        second->setText(password + QLatin1Char('x'));
        okWhileDifferent = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        second->setText(password);
        dialog->accept();
    });
    QSignalSpy saved(m_panel->account(), &UserAccount::saved);
    button->click();
    QVERIFY(!okWhileDifferent);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY2(saved.first().first().value<ParseResult>().ok(),
             qPrintable(saved.first().first().value<ParseResult>().error.describe()));

    const ParseResult login = logIn(username, password);
    QVERIFY2(login.ok(), qPrintable(login.error.describe()));
    QCOMPARE(login.object().value(QLatin1String("objectId")).toString(), userId);
    QVERIFY(!logIn(username, QStringLiteral("old-password-1")).ok());

    // The request log shows the PUT, without the password.
    auto *log = window->findChild<RequestLogModel *>();
    QVERIFY(log);
    bool sawPut = false;
    for (int row = 0; row < log->rowCount(); ++row) {
        for (int column = 0; column < log->columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = log->index(row, column).data(role).toString();
                QVERIFY2(!text.contains(password), qPrintable(text));
                sawPut = sawPut || text.contains(userId);
            }
        }
    }
    QVERIFY(sawPut);
    // The journal keeps the update, never the password; no file ParseDesk wrote holds it.
    bool journaled = false;
    QDirIterator files(AppPaths::dataDirectory(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(password.toUtf8()), qPrintable(file.fileName()));
        journaled = journaled ||
                    (file.fileName().contains(QLatin1String("journal")) && content.contains(userId.toUtf8()));
    }
    QVERIFY(journaled);
}

void TestAccounts::user_emailVerifiedAndAuthDataRedacted()
{
    const QString anonymousId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ParseRequest post;
    post.method = ParseRequest::Method::Post;
    post.path = QStringLiteral("/users");
    post.body = QJsonObject{
        {QStringLiteral("authData"),
         QJsonObject{{QStringLiteral("anonymous"), QJsonObject{{QStringLiteral("id"), anonymousId}}}}}};
    post.masterKey = ParseRequest::MasterKey::Never;
    const ParseResult created = await(m_admin->client().send(post));
    QVERIFY2(created.ok(), qPrintable(created.error.describe()));
    const QString userId = created.object().value(QLatin1String("objectId")).toString();
    m_users.append(userId);
    const QString username = created.object().value(QLatin1String("username")).toString();

    const std::unique_ptr<MainWindow> window = openOn(QStringLiteral("_User"));
    m_panel->showUser(userId, username);
    auto *authData = child<QLabel>(m_panel, QStringLiteral("authDataLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(authData->text().contains(QLatin1String("anonymous")), 10000);
    QVERIFY2(!authData->text().contains(anonymousId), qPrintable(authData->text()));
    QVERIFY(authData->text().contains(QLatin1String("(redacted)")));

    auto *verified = child<QCheckBox>(m_panel, QStringLiteral("emailVerifiedCheckBox"));
    QVERIFY(!verified->isChecked());
    QSignalSpy saved(m_panel->account(), &UserAccount::saved);
    verified->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY(saved.first().first().value<ParseResult>().ok());
    const auto serverSays = [&] {
        return await(m_admin->client().send(ParseRequest::getObject(QStringLiteral("_User"), userId)))
            .object()
            .value(QLatin1String("emailVerified"))
            .toBool();
    };
    QVERIFY(serverSays());
    QVERIFY(verified->isChecked());
    verified->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
    QVERIFY(!serverSays());
    QVERIFY(!verified->isChecked());
}

void TestAccounts::sessions_revokedOneThenAll()
{
    const QString username = unique("acct-sess-");
    const QString userId = signUp(username, QStringLiteral("session-password"));
    QVERIFY(!userId.isEmpty());
    QVERIFY(logIn(username, QStringLiteral("session-password")).ok());
    QVERIFY(logIn(username, QStringLiteral("session-password")).ok());
    QCOMPARE(sessionCount(userId), 3);

    const std::unique_ptr<MainWindow> window = openOn(QStringLiteral("_Session"));
    auto *accountBox = child<QWidget>(m_panel, QStringLiteral("accountGroupBox"));
    QVERIFY(!accountBox->isVisibleTo(m_panel));
    m_panel->showUser(userId, username);
    SessionListModel *sessions = m_panel->sessions();
    QAbstractItemModelTester tester(sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(sessions->rowCount(), 3, 10000);
    QCOMPARE(sessions->index(0, SessionListModel::CreatedWith).data().toString(),
             QStringLiteral("login (password)"));
    QCOMPARE(sessions->index(2, SessionListModel::CreatedWith).data().toString(),
             QStringLiteral("signup (password)"));
    QVERIFY(!sessions->index(0, SessionListModel::Expires).data().toString().isEmpty());
    for (int column = 0; column < SessionListModel::ColumnCount; ++column)
        QVERIFY(!sessions->index(0, column).data().toString().startsWith(QLatin1String("r:")));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("sessions.png"));

    auto *table = child<QTableView>(m_panel, QStringLiteral("sessionsTableView"));
    table->selectRow(0);
    QSignalSpy revoked(sessions, &SessionListModel::revoked);
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    child<QPushButton>(m_panel, QStringLiteral("revokeSessionPushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(revoked.size(), 1, 10000);
    QCOMPARE(revoked.first().first().toInt(), 1);
    QCOMPARE(sessionCount(userId), 2);
    QTRY_COMPARE_WITH_TIMEOUT(sessions->rowCount(), 2, 10000);

    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    child<QPushButton>(m_panel, QStringLiteral("revokeAllSessionsPushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(revoked.size(), 2, 10000);
    QCOMPARE(revoked.last().first().toInt(), 2);
    QCOMPARE(sessionCount(userId), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sessions->rowCount(), 0, 10000);
}

void TestAccounts::role_membersThroughRelationsAndEffectiveUsers()
{
    const QString direct = unique("acct-direct-");
    const QString inherited = unique("acct-child-");
    const QString directId = signUp(direct, QStringLiteral("role-password"));
    const QString inheritedId = signUp(inherited, QStringLiteral("role-password"));
    const QString parentName = unique("acctParent");
    const QString childName = unique("acctChild");
    const QString parentId = createRole(parentName);
    const QString childId = createRole(childName);
    QVERIFY(!directId.isEmpty() && !inheritedId.isEmpty() && !parentId.isEmpty() && !childId.isEmpty());

    const std::unique_ptr<MainWindow> window = openOn(QStringLiteral("_Role"));
    QVERIFY(child<QWidget>(m_panel, QStringLiteral("membersGroupBox"))->isVisibleTo(m_panel));
    QVERIFY(!child<QWidget>(m_panel, QStringLiteral("sessionsGroupBox"))->isVisibleTo(m_panel));
    RoleMemberModel *users = m_panel->roleUsers();
    RoleMemberModel *roles = m_panel->childRoles();
    QAbstractItemModelTester usersTester(users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rolesTester(roles, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The child role gets its user through the panel too.
    m_panel->showRole(childId, childName);
    QSignalSpy usersChanged(users, &RoleMemberModel::changed);
    users->add({inheritedId});
    QTRY_COMPARE_WITH_TIMEOUT(usersChanged.size(), 1, 10000);
    QVERIFY(usersChanged.last().first().value<ParseResult>().ok());
    QCOMPARE(related(childId, "users", "_User", "username"), QStringList{inherited});

    m_panel->showRole(parentId, parentName);
    users->add({directId});
    QTRY_COMPARE_WITH_TIMEOUT(usersChanged.size(), 2, 10000);
    QSignalSpy rolesChanged(roles, &RoleMemberModel::changed);
    roles->add({childId});
    QTRY_COMPARE_WITH_TIMEOUT(rolesChanged.size(), 1, 10000);
    QVERIFY(rolesChanged.last().first().value<ParseResult>().ok());
    QCOMPARE(related(parentId, "users", "_User", "username"), QStringList{direct});
    QCOMPARE(related(parentId, "roles", "_Role", "name"), QStringList{childName});
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(roles->rowCount(), 1, 10000);
    QCOMPARE(users->index(0, 0).data().toString(), direct);
    QCOMPARE(roles->index(0, 0).data().toString(), childName);

    child<QPushButton>(m_panel, QStringLiteral("showEffectiveUsersPushButton"))->click();
    auto *effective = child<QListWidget>(m_panel, QStringLiteral("effectiveUsersListWidget"));
    const auto listed = [effective] {
        QStringList texts;
        for (int row = 0; row < effective->count(); ++row)
            texts.append(effective->item(row)->text());
        return texts;
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        listed(), (QStringList{QStringLiteral("%1 (through %2)").arg(inherited, childName), direct}), 10000);
    GuiTestSupport::screenshot(window.get(), QStringLiteral("role-members.png"));

    users->remove({directId});
    QTRY_COMPARE_WITH_TIMEOUT(usersChanged.size(), 3, 10000);
    roles->remove({childId});
    QTRY_COMPARE_WITH_TIMEOUT(rolesChanged.size(), 2, 10000);
    QCOMPARE(related(parentId, "users", "_User", "username"), QStringList{});
    QCOMPARE(related(parentId, "roles", "_Role", "name"), QStringList{});
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 0, 10000);
}

// In German, at the smallest supported window size, the tab's texts and buttons show whole.
void TestAccounts::german_wholeAt1024x700()
{
    QObject translators;
    Language::install(&translators, QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    const QString username = unique("acct-de-");
    const QString userId = signUp(username, QStringLiteral("german-password"));
    QVERIFY(!userId.isEmpty());
    const std::unique_ptr<MainWindow> window = openOn(QStringLiteral("_User"));
    window->resize(1024, 700);
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("classTabWidget"));
    QCOMPARE(tabs->tabText(tabs->indexOf(m_panel)), QStringLiteral("Benutzer && Rollen"));
    m_panel->showUser(userId, username);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->sessions()->rowCount(), 1, 10000);
    QTest::qWait(50);
    for (QPushButton *button : m_panel->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(m_panel))
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->width())));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("users-and-roles-de.png"));
}

QTEST_MAIN(TestAccounts)
#include "TestAccounts.moc"
