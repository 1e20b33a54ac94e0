/**
 * The nightly jobs (SPEC-seed §11 verification, §12 billing rollup): the rules they apply, the
 * store port their batch artifacts use, and {@link fr.enersolar.crm.application.jobs.NightlyJobs},
 * the interface through which the web module starts and queries them (implemented by a facade EJB
 * in batch-jobs, so the web module never sees the batch runtime).
 *
 * <p>Rule: pure rules and ports only; no batch API, no driver types in the signatures.
 */
package fr.enersolar.crm.application.jobs;
