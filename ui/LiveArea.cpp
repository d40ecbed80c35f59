#include "ui/LiveArea.h"
#include "ui_LiveArea.h"

#include "core/settings/LiveListingConfig.h"
#include "ui/LiveListing.h"

#include <QHBoxLayout>
#include <QSettings>
#include <QTabBar>
#include <QToolButton>

LiveArea::LiveArea(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LiveArea>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->liveEmptyTitleLabel->font();
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->liveEmptyTitleLabel->setFont(title);

    // The tab bar's corner holds the two ways to open a listing, so they stay in reach beside the tabs.
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    cornerLayout->setSpacing(2);
    for (QAction *action : {m_ui->newListingAction, m_ui->roomsPresetAction}) {
        auto *button = new QToolButton(corner);
        button->setObjectName(
            action->objectName().replace(QLatin1String("Action"), QLatin1String("ToolButton")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        cornerLayout->addWidget(button);
    }
    m_ui->listingsTabWidget->setCornerWidget(corner, Qt::TopRightCorner);

    connect(m_ui->newListingAction, &QAction::triggered, this, [this] { addListing({}); });
    connect(m_ui->roomsPresetAction, &QAction::triggered, this,
            [this] { addListing(LiveListingConfig::rooms()); });
    connect(m_ui->emptyNewListingPushButton, &QPushButton::clicked, m_ui->newListingAction,
            &QAction::trigger);
    connect(m_ui->emptyRoomsPresetPushButton, &QPushButton::clicked, m_ui->roomsPresetAction,
            &QAction::trigger);
    connect(m_ui->listingsTabWidget, &QTabWidget::tabCloseRequested, this, &LiveArea::closeListing);
    connect(m_ui->listingsTabWidget->tabBar(), &QTabBar::tabMoved, this, &LiveArea::save);
    setConnection(nullptr, nullptr, {});
}

LiveArea::~LiveArea() = default;

void LiveArea::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void LiveArea::setConnection(ParseClient *client, ClassListModel *classes, const QString &profileId)
{
    // The previous profile's listings were saved with every change; they only close here.
    QTabWidget *tabs = m_ui->listingsTabWidget;
    while (tabs->count() > 0) {
        QWidget *listing = tabs->widget(0);
        tabs->removeTab(0);
        delete listing;
    }
    m_client = client;
    m_classes = classes;
    m_profileId = client ? profileId : QString();
    m_ui->newListingAction->setEnabled(client != nullptr);
    m_ui->roomsPresetAction->setEnabled(client != nullptr);
    if (client && m_settings) {
        const QList<LiveListingConfig> saved = LiveListingConfig::load(m_settings, m_profileId);
        for (const LiveListingConfig &config : saved)
            addListing(config);
        if (!saved.isEmpty())
            tabs->setCurrentIndex(0);
    }
    updatePage();
}

void LiveArea::addListing(const LiveListingConfig &config)
{
    auto *listing = new LiveListing(m_ui->listingsTabWidget);
    listing->setConnection(m_client, m_classes);
    listing->setConfig(config);
    QTabWidget *tabs = m_ui->listingsTabWidget;
    tabs->setCurrentIndex(tabs->addTab(listing, listing->title()));
    connect(listing, &LiveListing::configChanged, this, [this, listing] {
        m_ui->listingsTabWidget->setTabText(m_ui->listingsTabWidget->indexOf(listing), listing->title());
        save();
    });
    save();
    updatePage();
}

void LiveArea::closeListing(int index)
{
    QWidget *listing = m_ui->listingsTabWidget->widget(index);
    m_ui->listingsTabWidget->removeTab(index);
    delete listing;
    save();
    updatePage();
}

void LiveArea::save()
{
    if (!m_settings || m_profileId.isEmpty())
        return;
    QList<LiveListingConfig> listings;
    for (int i = 0; i < m_ui->listingsTabWidget->count(); ++i)
        listings.append(qobject_cast<LiveListing *>(m_ui->listingsTabWidget->widget(i))->config());
    LiveListingConfig::save(m_settings, m_profileId, listings);
}

void LiveArea::updatePage()
{
    const bool connected = m_client != nullptr;
    m_ui->liveStackedWidget->setCurrentWidget(m_ui->listingsTabWidget->count() > 0 ? m_ui->listingsPage
                                                                                   : m_ui->liveEmptyPage);
    m_ui->liveEmptyTitleLabel->setText(connected ? tr("No live listings open") : tr("Not connected"));
    m_ui->liveEmptyTextLabel->setText(
        connected ? tr("A live listing keeps a query current: it asks the server again every few seconds, "
                       "or has changes pushed by LiveQuery, and changes only the rows that changed. Open "
                       "one for any class, or the Rooms preset: game rooms by most visits.")
                  : tr("Connect to a server to open live listings. The listings you leave open are kept "
                       "for each connection and come back when you connect to it again."));
    m_ui->emptyNewListingPushButton->setVisible(connected);
    m_ui->emptyRoomsPresetPushButton->setVisible(connected);
}
