/**
 * What each person must do today: the daily review (每日复盘) engine, tasks, SOP checklists (每日三查), approvals,
 * the operations log and notifications. The review engine knows no module's tables: modules contribute
 * {@link dev.bosun.workflow.ReviewRule} beans that read their own data, and {@link dev.bosun.workflow.DailyReview}
 * turns their findings into ranked {@link dev.bosun.workflow.ActionItem}s with evidence. After each run it
 * publishes {@link dev.bosun.workflow.ReviewCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow (daily review, tasks, approvals)")
package dev.bosun.workflow;
