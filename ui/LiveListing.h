#pragma once

#include "core/settings/LiveListingConfig.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class ClassListModel;
class LiveListModel;
class ParseClient;

namespace Ui {
class LiveListing;
}

// One live listing: the query (class, where, order, limit, keys), how it refreshes (interval, polling or
// LiveQuery, start/pause, refresh now) and the rows, kept current by a LiveListModel. Refreshes change
// only what changed, so the table keeps its selection and scroll position.
class LiveListing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveListing)

public:
    explicit LiveListing(QWidget *parent = nullptr);
    ~LiveListing() override;

    // classes: where the class picker and the columns of a class come from; may be still loading.
    void setConnection(ParseClient *client, ClassListModel *classes);
    // Shows and runs (unless paused) the listing as configured.
    void setConfig(const LiveListingConfig &config);
    LiveListingConfig config() const { return m_config; }
    // A short name for the listing's tab.
    QString title() const;
    LiveListModel *model() const { return m_model; }

Q_SIGNALS:
    // The query, the refresh settings or the run state changed: the owner saves and retitles.
    void configChanged();

private:
    void applyQuery();
    // Opens the query builder on the current where; OK puts the built where in the line and applies it.
    void buildWhere();
    void applyColumns();
    void setPaused(bool paused);
    void fillClassPicker();
    void showConfig();
    void updateStatus();
    // Says when refreshing every interval alone would spend more than the connection's budget.
    void updateBudgetWarning();

    std::unique_ptr<Ui::LiveListing> m_ui;
    LiveListModel *m_model;
    ClassListModel *m_classes = nullptr;
    QPointer<ParseClient> m_client; // for its budget
    LiveListingConfig m_config;
    bool m_connected = false;
    QTimer m_tick; // the countdown and "updated at" move on their own between refreshes
};
