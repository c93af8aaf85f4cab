/**
 * The fund's rules as pure functions over data: who and what a funding source pays for, how much it
 * contributes, how a voucher's cost is split among the sources and the resident, and which voucher
 * moves are allowed. No Spring, no JDBC.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package nl.werkpad.fund.domain;
