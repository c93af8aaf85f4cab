/** Rate limits shared by every node of a cluster (kept in PostgreSQL). */
@org.jspecify.annotations.NullMarked
package nl.werkpad.shared.ratelimit;
