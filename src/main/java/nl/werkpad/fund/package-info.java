/**
 * Fund: the regional development fund — funding sources with budgets per year and their rules as data,
 * personal development accounts, vouchers split among the sources and the resident, and a double-entry
 * ledger with two-phase transfers that cannot overspend (docs/fund.md).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "access",
            "web",
            "regions",
            "taxonomy",
            "organisations",
            "passport",
            "training",
            "privacy",
            "ecosystem"
        })
@org.jspecify.annotations.NullMarked
package nl.werkpad.fund;
