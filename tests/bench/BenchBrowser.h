#pragma once

#include "core/models/ClassListModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"
#include "ui/ClassBrowser.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

class ObjectTableModel;
class QTableView;

// ParseDesk as a user has it after starting and connecting: a ClassBrowser (the real widgets, 1280x800,
// shown) on a new network access manager, client and request queue, the class list loaded, on the empty
// class _Role. No connection or cache is carried over from another instance.
class BenchBrowser
{
public:
    static inline const QString kNeutral = QStringLiteral("_Role");

    explicit BenchBrowser(const ServerProfile &profile);
    Q_DISABLE_COPY_MOVE(BenchBrowser)

    ClassBrowser &browser() { return m_browser; }
    ObjectTableModel *model() const;
    QTableView *table() const; // objectsTableView
    QNetworkAccessManager &network() { return m_network; }
    ParseClient &client() { return m_client; }
    // Selects the class as a click in the class list does and waits for its first page.
    bool open(const QString &className);

private:
    QNetworkAccessManager m_network;
    ParseClient m_client;
    RequestQueue m_queue;
    ClassListModel m_classes;
    QTemporaryDir m_dir;
    QSettings m_settings;
    ClassBrowser m_browser;
};
