#pragma once

#include "core/data/ViewerAccess.h"
#include "core/net/ParseError.h"

#include <QPointer>
#include <QWidget>

class ParseClient;
class QComboBox;
class QLabel;
class QPushButton;
class QNetworkAccessManager;
class RequestQueue;
class UserSession;

// "View as…" above the class browser's objects: the master key (the connection as it is), anonymous (the
// REST key only) or a chosen user (a session from POST /loginAs with the master key, revoked when the view
// changes). Other than the master key, the objects are read through a client of their own that carries no
// master key, and that client is read-only: writes as someone else would bypass the undo journal.
class ViewAsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewAsBar)

public:
    explicit ViewAsBar(QWidget *parent = nullptr);
    ~ViewAsBar() override;

    // The connection's client and queue; the view goes back to the master key.
    void setConnection(ParseClient *client, RequestQueue *queue);
    // The client and queue the objects are to be read through now.
    ParseClient *client() const;
    RequestQueue *queue() const;
    const ViewerAccess &viewer() const { return m_viewer; }

    void viewAsMasterKey();
    void viewAsAnonymous();
    // loginAs for the user of that username; viewChanged() follows once the session is there.
    void viewAsUser(const QString &username);

Q_SIGNALS:
    void viewChanged();
    void statusMessage(const QString &message);
    // The user asks for this view side by side with the master key's.
    void compareRequested();

private:
    enum Choice
    {
        MasterKey,
        Anonymous,
        User
    };
    void choose(int index);
    void useViewClient(const QString &sessionToken);
    void endSession();
    void dropViewClient();
    void showChoice(Choice choice);

    QPointer<ParseClient> m_client;
    QPointer<RequestQueue> m_queue;
    QNetworkAccessManager *m_network;
    ParseClient *m_viewClient = nullptr;
    RequestQueue *m_viewQueue = nullptr;
    QPointer<UserSession> m_session; // a child of the connection's client, which may go first
    ViewerAccess m_viewer;
    QComboBox *m_combo;
    QLabel *m_state;
    QPushButton *m_compare;
    bool m_choosing = false; // the combo is being set from here, not by the user
};
