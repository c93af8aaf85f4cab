package nl.werkpad.fund.domain;

import java.util.Set;

/**
 * The facts about the person a voucher is for, as the rules need them.
 *
 * @param age            whole years on the request's business date; null when the account holds no birth date
 * @param status         the labour-market status on the passport (a {@code LabourMarketStatus} name)
 * @param employerSector the SBI section of the employer that asks for the voucher; null when the resident
 *                       (or an advisor for them) asks
 */
public record Applicant(
        Integer age,
        String municipality,
        String region,
        String province,
        String status,
        Set<String> targetGroups,
        String employerSector) {

    public boolean viaEmployer() {
        return employerSector != null;
    }
}
