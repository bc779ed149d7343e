/**
 * What can go wrong talking to the workbook, as complete sentences in Chinese (and English for
 * an English Office), never a raw Office.js error code.
 */

export type WorkbookErrorCode =
  | "protectedWorkbook"
  | "protectedSheet"
  | "sheetNotFound"
  | "sheetExists"
  | "isBaseSheet"
  | "editMode"
  | "payloadTooLarge"
  | "busy"
  | "writeFailed"
  | "readFailed";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    readonly messageEn: string,
    /** The Office.js error behind it, for the console. */
    readonly detail?: string
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}

export const workbookErrors = {
  protectedWorkbook: () =>
    new WorkbookError(
      "protectedWorkbook",
      "工作簿结构受保护，无法添加或删除工作表。请在“审阅”选项卡点击“保护工作簿”撤销保护后重试。",
      "The workbook structure is protected, so sheets cannot be added or deleted. Unprotect it (Review > Protect Workbook) and try again."
    ),
  protectedSheet: (sheet: string) =>
    new WorkbookError(
      "protectedSheet",
      `工作表“${sheet}”受保护，无法更新。请在“审阅”选项卡点击“撤销工作表保护”后重试，或改为生成新的计分表。`,
      `The sheet "${sheet}" is protected and cannot be updated. Unprotect it (Review > Unprotect Sheet) and try again, or generate a new scorecard.`
    ),
  sheetNotFound: (sheet: string) =>
    new WorkbookError(
      "sheetNotFound",
      `找不到工作表“${sheet}”，它可能已被重命名或删除。请返回“数据”步骤重新选择。`,
      `The sheet "${sheet}" was not found; it may have been renamed or deleted. Go back to the Data step and choose again.`
    ),
  sheetExists: (sheet: string) =>
    new WorkbookError(
      "sheetExists",
      `工作表“${sheet}”已存在。为免覆盖，请选择生成新的计分表或更新已有的计分表。`,
      `A sheet named "${sheet}" already exists. To avoid overwriting it, generate a new scorecard or update the existing one.`
    ),
  isBaseSheet: (sheet: string) =>
    new WorkbookError(
      "isBaseSheet",
      `工作表“${sheet}”是基础数据所在的工作表，不能用计分表覆盖。请为计分表另取一个名称。`,
      `The sheet "${sheet}" holds the base data and cannot be overwritten by the scorecard. Choose another name for the scorecard.`
    ),
  editMode: () =>
    new WorkbookError(
      "editMode",
      "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
      "Excel is editing a cell. Press Enter or Esc to finish editing, then try again."
    ),
  payloadTooLarge: () =>
    new WorkbookError(
      "payloadTooLarge",
      "要写入的内容超过了 Excel 单次请求的大小上限（网页版 5 MB）。工作簿未作改动。",
      "The content to write exceeds Excel's request size limit (5 MB on the web). The workbook was not changed."
    ),
  busy: () =>
    new WorkbookError(
      "busy",
      "Excel 暂时繁忙，请稍后重试。",
      "Excel is busy; please try again in a moment."
    ),
  writeFailed: (detail: string, rolledBack: boolean) =>
    new WorkbookError(
      "writeFailed",
      rolledBack
        ? `生成计分表时出错，已撤销未完成的工作表，工作簿保持原样。（${detail}）`
        : `生成计分表时出错，且未能自动删除未完成的工作表，请手动删除名称以“PerfScore”开头的工作表。（${detail}）`,
      rolledBack
        ? `Writing the scorecard failed; the unfinished sheet was removed and the workbook is as before. (${detail})`
        : `Writing the scorecard failed and the unfinished sheet could not be removed; delete the sheet whose name starts with "PerfScore". (${detail})`,
      detail
    ),
  /** 更新 in place failed and the sheet was put back from its backup copy. */
  updateRestored: (detail: string) =>
    new WorkbookError(
      "writeFailed",
      `更新计分表时出错，已从备份恢复原来的计分表。其他工作表中引用该表的公式可能显示 #REF!，请检查。（${detail}）`,
      `Updating the scorecard failed; the original sheet was restored from its backup. Formulas in other sheets that referred to it may show #REF!; please check them. (${detail})`,
      detail
    ),
  /** 更新 in place failed and could not be undone: the backup (if it was made) holds the original. */
  updateNotRestored: (detail: string, backup: string) =>
    new WorkbookError(
      "writeFailed",
      `更新计分表时出错，且未能自动恢复。如工作簿中有工作表“${backup}”，它就是原计分表的完整副本（若看不到它：右键单击任一工作表标签，选择“取消隐藏”）。（${detail}）`,
      `Updating the scorecard failed and could not be undone. If the workbook has a sheet "${backup}", it is a full copy of the original scorecard (if it is not shown, right-click any sheet tab and choose Unhide). (${detail})`,
      detail
    ),
  readFailed: (detail: string) =>
    new WorkbookError(
      "readFailed",
      `读取工作簿时出错。（${detail}）`,
      `Reading the workbook failed. (${detail})`,
      detail
    ),
};

/** Office.js error code of an exception (OfficeExtension.Error has `code`). */
export function officeErrorCode(e: unknown): string | undefined {
  if (
    e &&
    typeof e === "object" &&
    "code" in e &&
    typeof (e as { code: unknown }).code === "string"
  ) {
    return (e as { code: string }).code;
  }
  return undefined;
}

function describe(e: unknown): string {
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * Turns an Office.js error into a WorkbookError. `sheet` names the sheet involved, for messages;
 * `writing` selects the wording for a failed write (after which the caller has rolled back):
 * `restored` when an in-place update was undone from its backup, `backup` (the backup sheet's
 * name) when an in-place update could not be undone.
 */
export function translateError(
  e: unknown,
  opts: {
    sheet?: string;
    writing?: { rolledBack: boolean; restored?: boolean; backup?: string };
  } = {}
): WorkbookError {
  if (isWorkbookError(e)) return e;
  if (opts.writing && !opts.writing.rolledBack)
    return opts.writing.backup
      ? workbookErrors.updateNotRestored(describe(e), opts.writing.backup)
      : workbookErrors.writeFailed(describe(e), false);
  if (opts.writing?.restored) return workbookErrors.updateRestored(describe(e));
  switch (officeErrorCode(e)) {
    case "InvalidOperationInCellEditMode":
      return workbookErrors.editMode();
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return workbookErrors.payloadTooLarge();
    case "ActivityLimitReached":
    case "ServiceNotAvailable":
      return workbookErrors.busy();
    case "ItemNotFound":
      if (opts.sheet && !opts.writing) return workbookErrors.sheetNotFound(opts.sheet);
      break;
    case "AccessDenied":
      if (opts.sheet) return workbookErrors.protectedSheet(opts.sheet);
      return workbookErrors.protectedWorkbook();
  }
  return opts.writing
    ? workbookErrors.writeFailed(describe(e), opts.writing.rolledBack)
    : workbookErrors.readFailed(describe(e));
}
