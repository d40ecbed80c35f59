#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

// The point and the largest distance of a $nearSphere. The distance is entered in km, miles or radians
// and always sent as $maxDistance in radians: Parse Server's PostgreSQL adapter ignores
// $maxDistanceInKilometers / InMiles / InRadians (and then returns every object by distance).
class NearValueEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NearValueEdit)

public:
    explicit NearValueEdit(QWidget *parent = nullptr);

    // extras: the $maxDistance* companions, in whichever spelling they came.
    void setValue(const QJsonValue &point, const QJsonObject &extras);
    QJsonValue point() const;
    // {"$maxDistance": radians}, or {} for any distance.
    QJsonObject extras() const;

private:
    QDoubleSpinBox *m_latitude;
    QDoubleSpinBox *m_longitude;
    QDoubleSpinBox *m_distance;
    QComboBox *m_unit;
};
