#pragma once

#include <QFrame>
#include <QPointer>

class ParseClient;
class QLabel;
class QPushButton;
struct ServerProfile;

// The banner over a production connection: read-only (dark red) or writes unlocked (bright red), and the
// button that switches, after a confirmation to unlock. Hidden for any other connection.
class ProductionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionBanner)

public:
    explicit ProductionBanner(QWidget *parent = nullptr);

    // The connection being opened or open; null: not connected.
    void showProfile(const ServerProfile *profile);
    // The open connection's client, whose write lock is shown and switched; null: none yet.
    void setClient(ParseClient *client);

private:
    void showWritesLock();
    void toggleWritesLock();

    QLabel *m_label;
    QPushButton *m_lockButton;
    QPointer<ParseClient> m_client;
    QString m_name; // of the production profile shown
};
