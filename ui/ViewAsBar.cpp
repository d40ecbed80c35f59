#include "ui/ViewAsBar.h"

#include "core/models/PrincipalSearchModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"
#include "core/session/UserSession.h"
#include "ui/PrincipalPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>

ViewAsBar::ViewAsBar(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_combo(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_compare(new QPushButton(tr("Side by side…"), this))
{
    setObjectName(QStringLiteral("viewAsBar"));
    m_combo->setObjectName(QStringLiteral("viewAsComboBox"));
    m_state->setObjectName(QStringLiteral("viewAsStateLabel"));
    // Wraps rather than widening the window (the German text is long).
    m_state->setWordWrap(true);
    m_combo->addItem(tr("Master key (everything)"));
    m_combo->addItem(tr("Anonymous (REST key only)"));
    m_combo->addItem(tr("A user…"));
    m_combo->setToolTip(tr("Show the objects as this principal gets them: its class-level permissions, ACLs "
                           "and protected fields apply"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("View as:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_compare);
    m_compare->setObjectName(QStringLiteral("sideBySidePushButton"));
    m_compare->setToolTip(tr("Every object as the master key sees it beside this view: which ones this "
                             "principal gets, and why not the others"));
    m_compare->hide();
    connect(m_compare, &QPushButton::clicked, this, &ViewAsBar::compareRequested);
    connect(this, &ViewAsBar::viewChanged, m_compare,
            [this] { m_compare->setVisible(m_viewer.viewer != ViewerAccess::Viewer::MasterKey); });
    connect(m_combo, &QComboBox::activated, this, &ViewAsBar::choose);
    setEnabled(false);
}

ViewAsBar::~ViewAsBar()
{
    endSession();
}

void ViewAsBar::setConnection(ParseClient *client, RequestQueue *queue)
{
    endSession();
    dropViewClient();
    m_client = client;
    m_queue = queue;
    m_viewer = {};
    showChoice(MasterKey);
    m_state->clear();
    setEnabled(client != nullptr);
}

ParseClient *ViewAsBar::client() const
{
    return m_viewClient ? m_viewClient : m_client.data();
}

RequestQueue *ViewAsBar::queue() const
{
    return m_viewQueue ? m_viewQueue : m_queue.data();
}

void ViewAsBar::showChoice(Choice choice)
{
    m_choosing = true;
    m_combo->setCurrentIndex(choice);
    m_combo->setItemText(User, choice == User ? tr("User %1").arg(m_viewer.username) : tr("A user…"));
    m_choosing = false;
}

void ViewAsBar::choose(int index)
{
    if (m_choosing)
        return;
    switch (index) {
    case MasterKey:
        viewAsMasterKey();
        break;
    case Anonymous:
        viewAsAnonymous();
        break;
    default:
        if (const auto user = PrincipalPicker::pick(m_client, PrincipalSearchModel::Kind::Users, this))
            viewAsUser(user->name);
        else
            showChoice(Choice(int(m_viewer.viewer)));
        break;
    }
}

void ViewAsBar::viewAsMasterKey()
{
    endSession();
    dropViewClient();
    m_viewer = {};
    showChoice(MasterKey);
    m_state->clear();
    Q_EMIT viewChanged();
}

void ViewAsBar::viewAsAnonymous()
{
    if (!m_client)
        return;
    endSession();
    m_viewer = {};
    m_viewer.viewer = ViewerAccess::Viewer::Anonymous;
    useViewClient({});
    showChoice(Anonymous);
    m_state->setText(tr("Read-only: no master key and no user, as an app before anyone logs in."));
    Q_EMIT viewChanged();
}

void ViewAsBar::viewAsUser(const QString &username)
{
    if (!m_client)
        return;
    if (!m_client->profile().hasMasterKey()) {
        m_state->setText(tr("Viewing as a user takes a session for it with the master key (POST /loginAs): "
                            "add the master key to this connection."));
        showChoice(Choice(int(m_viewer.viewer)));
        return;
    }
    endSession();
    m_state->setText(tr("Logging in as %1…").arg(username));
    // Parented to the connection's client, so the session is still revoked when this bar goes first.
    auto *session = new UserSession(m_client, m_client);
    m_session = session;
    connect(session, &UserSession::started, this, [this, session, username](const ParseError &error) {
        if (error.isError()) {
            session->deleteLater();
            m_session = nullptr;
            viewAsMasterKey();
            m_state->setText(tr("Cannot view as %1: %2").arg(username, error.describe()));
            return;
        }
        // The user's roles (directly, not through parent roles) explain what the CLP lets it do.
        QueryOptions options;
        options.where.insert(QStringLiteral("users"),
                             QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                         {QStringLiteral("className"), QStringLiteral("_User")},
                                         {QStringLiteral("objectId"), session->userId()}});
        options.keys = QStringList{QStringLiteral("name")};
        connect(m_client->send(ParseRequest::find(QStringLiteral("_Role"), options)), &ParseReply::finished,
                this, [this, session, username](const ParseResult &r) {
                    if (m_session != session)
                        return;
                    m_viewer = {};
                    m_viewer.viewer = ViewerAccess::Viewer::User;
                    m_viewer.userId = session->userId();
                    m_viewer.username = username;
                    const QJsonArray roles = r.object().value(QLatin1String("results")).toArray();
                    for (const QJsonValue &role : roles)
                        m_viewer.roles.append(role.toObject().value(QLatin1String("name")).toString());
                    useViewClient(session->token());
                    showChoice(User);
                    m_state->setText(
                        m_viewer.roles.isEmpty()
                            ? tr("Read-only, as %1 (no roles) through a session that is revoked "
                                 "when the view changes.")
                                  .arg(username)
                            : tr("Read-only, as %1 (roles: %2) through a session that is revoked "
                                 "when the view changes.")
                                  .arg(username, m_viewer.roles.join(QStringLiteral(", "))));
                    Q_EMIT viewChanged();
                });
    });
    session->start(username);
}

void ViewAsBar::useViewClient(const QString &sessionToken)
{
    dropViewClient();
    m_viewClient = new ParseClient(UserSession::withoutMasterKey(m_client->profile()), m_network, this);
    m_viewClient->setSessionToken(sessionToken);
    m_viewClient->setWritesLocked(true);
    // The request log shows what the view sends, as it shows the connection's own requests.
    connect(m_viewClient, &ParseClient::requestFinished, m_client, &ParseClient::requestFinished);
    m_viewQueue = new RequestQueue(m_viewClient, this);
}

void ViewAsBar::dropViewClient()
{
    // Later, not now: the object browser still holds them until viewChanged() gives it the new ones.
    if (m_viewQueue)
        m_viewQueue->deleteLater();
    if (m_viewClient)
        m_viewClient->deleteLater();
    m_viewQueue = nullptr;
    m_viewClient = nullptr;
}

void ViewAsBar::endSession()
{
    if (!m_session)
        return;
    UserSession *session = m_session;
    m_session = nullptr;
    connect(session, &UserSession::ended, session, &QObject::deleteLater);
    session->end();
}
