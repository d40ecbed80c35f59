#pragma once

#include <QWidget>
#include <memory>

class ClassListModel;
class ParseClient;
class QSettings;
struct LiveListingConfig;

namespace Ui {
class LiveArea;
}

// The "Live" area: the live listings of the connected profile as closable tabs. The open listings are
// saved per profile whenever one changes, and come back when the profile is connected again.
class LiveArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveArea)

public:
    explicit LiveArea(QWidget *parent = nullptr);
    ~LiveArea() override;

    void setSettings(QSettings *settings);
    // Closes the listings of the previous profile and opens the saved ones of this one; a null client
    // means not connected.
    void setConnection(ParseClient *client, ClassListModel *classes, const QString &profileId);

private:
    void addListing(const LiveListingConfig &config);
    void closeListing(int index);
    void save();
    void updatePage();

    std::unique_ptr<Ui::LiveArea> m_ui;
    QSettings *m_settings = nullptr;
    ParseClient *m_client = nullptr;
    ClassListModel *m_classes = nullptr;
    QString m_profileId;
};
