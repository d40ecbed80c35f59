#include "ui/widgets/NearValueEdit.h"

#include "core/data/ParseValue.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>

namespace {
// Parse's own earth radii, so a distance reads back as it was entered.
constexpr double kEarthKm = 6371.0;
constexpr double kEarthMiles = 3958.8;
enum Unit
{
    Kilometers,
    Miles,
    Radians
};

QDoubleSpinBox *spinBox(const QString &name, double limit, const QString &tip, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-limit, limit);
    box->setDecimals(6);
    box->setToolTip(tip);
    return box;
}
} // namespace

NearValueEdit::NearValueEdit(QWidget *parent)
    : QWidget(parent)
    , m_latitude(spinBox(QStringLiteral("latitudeDoubleSpinBox"), 90, tr("Latitude of the point"), this))
    , m_longitude(spinBox(QStringLiteral("longitudeDoubleSpinBox"), 180, tr("Longitude of the point"), this))
    , m_distance(spinBox(QStringLiteral("maxDistanceDoubleSpinBox"), 1e6,
                         tr("Largest distance from the point"), this))
    , m_unit(new QComboBox(this))
{
    setAutoFillBackground(true);
    m_distance->setMinimum(0);
    m_distance->setDecimals(4);
    m_distance->setSpecialValueText(tr("any distance"));
    m_unit->setObjectName(QStringLiteral("distanceUnitComboBox"));
    m_unit->addItems({tr("km"), tr("miles"), tr("radians")});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_latitude, 1);
    layout->addWidget(m_longitude, 1);
    layout->addWidget(m_distance, 1);
    layout->addWidget(m_unit);
    setFocusProxy(m_latitude);
}

void NearValueEdit::setValue(const QJsonValue &point, const QJsonObject &extras)
{
    const ParseValue geo = ParseValue::fromJson(point);
    m_latitude->setValue(geo.latitude());
    m_longitude->setValue(geo.longitude());
    const std::pair<QString, Unit> spellings[] = {{QStringLiteral("$maxDistanceInKilometers"), Kilometers},
                                                  {QStringLiteral("$maxDistanceInMiles"), Miles},
                                                  {QStringLiteral("$maxDistanceInRadians"), Radians},
                                                  {QStringLiteral("$maxDistance"), Radians}};
    m_unit->setCurrentIndex(Kilometers);
    m_distance->setValue(0);
    for (const auto &[key, unit] : spellings) {
        if (!extras.contains(key))
            continue;
        const double value = extras.value(key).toDouble();
        // Radians read better as kilometers; the other spellings keep the unit they were written in.
        const bool asKm = key == QLatin1String("$maxDistance");
        m_unit->setCurrentIndex(asKm ? Kilometers : unit);
        m_distance->setValue(asKm ? value * kEarthKm : value);
    }
}

QJsonValue NearValueEdit::point() const
{
    return ParseValue::geoPoint(m_latitude->value(), m_longitude->value()).toJson();
}

QJsonObject NearValueEdit::extras() const
{
    const double distance = m_distance->value();
    if (distance <= 0)
        return {};
    const double radians = m_unit->currentIndex() == Kilometers ? distance / kEarthKm
                           : m_unit->currentIndex() == Miles    ? distance / kEarthMiles
                                                                : distance;
    return {{QStringLiteral("$maxDistance"), radians}};
}
