#include "BenchBrowser.h"

#include "FarSetup.h"
#include "core/models/ObjectTableModel.h"
#include "ui/ObjectBrowser.h"

#include <QTableView>

BenchBrowser::BenchBrowser(const ServerProfile &profile)
    : m_client(profile, &m_network)
    , m_queue(&m_client)
    , m_settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
{
    m_browser.setClassListModel(&m_classes);
    m_browser.setSettings(&m_settings);
    m_browser.setConnection(&m_client, &m_queue);
    m_browser.resize(1280, 800);
    m_browser.show();
    m_classes.setClient(&m_client);
    m_classes.reload();
    if (!FarSetup::waitFor([&] { return m_classes.state() == ClassListModel::State::Loaded; }))
        qFatal("ParseDesk: the class list did not load");
    if (!open(kNeutral))
        qFatal("ParseDesk: %s did not open", qPrintable(kNeutral));
}

ObjectTableModel *BenchBrowser::model() const
{
    return m_browser.objectBrowser()->model();
}

QTableView *BenchBrowser::table() const
{
    return m_browser.findChild<QTableView *>(QStringLiteral("objectsTableView"));
}

bool BenchBrowser::open(const QString &className)
{
    m_browser.selectClass(className);
    return FarSetup::waitFor([&] { return model()->className() == className && !model()->isLoading(); });
}
