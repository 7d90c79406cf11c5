/**
 * What each person must do today: the daily review's action items, 每日三查 checklists, tasks, maker-checker
 * approvals (二次确认 / 权限分离) and the operations log (操作记录). Other modules contribute through the root API:
 * {@link dev.bosun.workflow.OperationsLog} records their changes, {@link dev.bosun.workflow.Approvals} routes risky
 * changes to a second person and applies approved ones through the module's own
 * {@link dev.bosun.workflow.ApprovedChangeExecutor}. Reads accounts (users, roles, grants); knows no other
 * module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package dev.bosun.workflow;
