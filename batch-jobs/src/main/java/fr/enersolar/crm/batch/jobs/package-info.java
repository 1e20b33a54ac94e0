/**
 * The batch artifacts of the nightly jobs ({@code META-INF/batch-jobs/*.xml}). They hold no rule of
 * their own: classification and sums are crm-core's ({@code application.jobs}), the store is
 * reached through {@link fr.enersolar.crm.application.jobs.NightlyData}. Each chunk commits the
 * reader's position with the writer's running totals, so a restarted execution resumes exactly.
 */
package fr.enersolar.crm.batch.jobs;
