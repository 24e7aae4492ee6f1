#include "MissingExtension.h"

#include <QHash>

namespace strata::replay {

QString MissingExtension::debianPackage(const QString &extension, int major)
{
    // Extension -> package name with %1 for the major version (Debian 12's archive).
    static const QHash<QString, QString> packages = {
        {QStringLiteral("postgis"), QStringLiteral("postgresql-%1-postgis-3")},
        {QStringLiteral("postgis_topology"), QStringLiteral("postgresql-%1-postgis-3")},
        {QStringLiteral("postgis_raster"), QStringLiteral("postgresql-%1-postgis-3")},
        {QStringLiteral("postgis_tiger_geocoder"), QStringLiteral("postgresql-%1-postgis-3")},
        {QStringLiteral("address_standardizer"), QStringLiteral("postgresql-%1-postgis-3")},
        {QStringLiteral("pgrouting"), QStringLiteral("postgresql-%1-pgrouting")},
        {QStringLiteral("pg_cron"), QStringLiteral("postgresql-%1-cron")},
        {QStringLiteral("pgaudit"), QStringLiteral("postgresql-%1-pgaudit")},
        {QStringLiteral("pg_partman"), QStringLiteral("postgresql-%1-partman")},
        {QStringLiteral("hypopg"), QStringLiteral("postgresql-%1-hypopg")},
        {QStringLiteral("ip4r"), QStringLiteral("postgresql-%1-ip4r")},
        {QStringLiteral("orafce"), QStringLiteral("postgresql-%1-orafce")},
        {QStringLiteral("pg_repack"), QStringLiteral("postgresql-%1-repack")},
        {QStringLiteral("pgtap"), QStringLiteral("postgresql-%1-pgtap")},
        {QStringLiteral("pg_stat_kcache"), QStringLiteral("postgresql-%1-pg-stat-kcache")},
        {QStringLiteral("pg_qualstats"), QStringLiteral("postgresql-%1-pg-qualstats")},
        {QStringLiteral("pg_wait_sampling"), QStringLiteral("postgresql-%1-pg-wait-sampling")},
        {QStringLiteral("rum"), QStringLiteral("postgresql-%1-rum")},
        {QStringLiteral("semver"), QStringLiteral("postgresql-%1-semver")},
        {QStringLiteral("prefix"), QStringLiteral("postgresql-%1-prefix")},
        {QStringLiteral("periods"), QStringLiteral("postgresql-%1-periods")},
        {QStringLiteral("pg_sphere"), QStringLiteral("postgresql-%1-pgsphere")},
        {QStringLiteral("plpgsql_check"), QStringLiteral("postgresql-%1-plpgsql-check")},
        {QStringLiteral("pllua"), QStringLiteral("postgresql-%1-pllua")},
        {QStringLiteral("hll"), QStringLiteral("postgresql-%1-hll")},
        {QStringLiteral("q3c"), QStringLiteral("postgresql-%1-q3c")},
        {QStringLiteral("tdigest"), QStringLiteral("postgresql-%1-tdigest")},
        {QStringLiteral("unit"), QStringLiteral("postgresql-%1-unit")},
        {QStringLiteral("pglogical"), QStringLiteral("postgresql-%1-pglogical")},
        {QStringLiteral("jsquery"), QStringLiteral("postgresql-%1-jsquery")},
        {QStringLiteral("pointcloud"), QStringLiteral("postgresql-%1-pointcloud")},
        {QStringLiteral("debversion"), QStringLiteral("postgresql-%1-debversion")},
        {QStringLiteral("first_last_agg"), QStringLiteral("postgresql-%1-first-last-agg")},
        {QStringLiteral("numeral"), QStringLiteral("postgresql-%1-numeral")},
        {QStringLiteral("pg_rational"), QStringLiteral("postgresql-%1-rational")},
        {QStringLiteral("pg_similarity"), QStringLiteral("postgresql-%1-similarity")},
        {QStringLiteral("icu_ext"), QStringLiteral("postgresql-%1-icu-ext")},
        {QStringLiteral("toastinfo"), QStringLiteral("postgresql-%1-toastinfo")},
        {QStringLiteral("plr"), QStringLiteral("postgresql-%1-plr")},
        {QStringLiteral("plproxy"), QStringLiteral("postgresql-%1-plproxy")},
        {QStringLiteral("plsh"), QStringLiteral("postgresql-%1-plsh")},
        {QStringLiteral("pgfincore"), QStringLiteral("postgresql-%1-pgfincore")},
        {QStringLiteral("pgmemcache"), QStringLiteral("postgresql-%1-pgmemcache")},
        {QStringLiteral("set_user"), QStringLiteral("postgresql-%1-set-user")},
        {QStringLiteral("pldbgapi"), QStringLiteral("postgresql-%1-pldebugger")},
        {QStringLiteral("plpython3u"), QStringLiteral("postgresql-plpython3-%1")},
        {QStringLiteral("plperl"), QStringLiteral("postgresql-plperl-%1")},
        {QStringLiteral("plperlu"), QStringLiteral("postgresql-plperl-%1")},
        {QStringLiteral("pltcl"), QStringLiteral("postgresql-pltcl-%1")},
        {QStringLiteral("pltclu"), QStringLiteral("postgresql-pltcl-%1")},
    };
    const auto it = packages.constFind(extension);
    return it == packages.constEnd() ? QString() : it->arg(major);
}

bool MissingExtension::isMissingExtension(const QString &sqlState, const QString &message)
{
    // 58P01: no control file; 0A000: "extension ... is not available" (PG 16+).
    return sqlState == u"58P01" || (sqlState == u"0A000" && message.contains(QStringLiteral("is not available")));
}

QString MissingExtension::sentence(const QString &file, int line, const QString &extension, const QString &server, int major,
                                   bool privateServer)
{
    const QString package = privateServer ? debianPackage(extension, major) : QString();
    if (!privateServer)
        return tr("Migration %1 (line %2) needs the extension “%3”, which %4 does not have; replay on a server that has it "
                  "(--replay-on URI).").arg(file).arg(line).arg(extension, server);
    if (!package.isEmpty())
        return tr("Migration %1 (line %2) needs the extension “%3”, which %4 does not have: install the Debian package %5, "
                  "or replay on a server that has it with --replay-on URI.").arg(file).arg(line).arg(extension, server, package);
    return tr("Migration %1 (line %2) needs the extension “%3”, which %4 does not have and no Debian package provides; "
              "replay on a server that has it with --replay-on URI.").arg(file).arg(line).arg(extension, server);
}

} // namespace strata::replay
