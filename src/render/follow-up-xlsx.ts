/**
 * The follow-up as an Excel workbook (exceljs): the report's sections on a summary sheet, and
 * every row read on a sheet of its own with the reconciliation as SUMIF formulas that carry
 * their values. Amounts are numbers in a kronor format, converted from Decimal at this
 * boundary only, each already in whole öre.
 */
import ExcelJS from "exceljs";
import type { FollowUp } from "../calc/follow-up.js";
import type { Decimal } from "../model/money.js";
import type { FollowUpDocument } from "./follow-up-report.js";
import { FOLLOW_UP_LABELS } from "./command-labels.js";

const KRONOR = { sv: '#,##0.00 "kr"', en: '"SEK" #,##0.00' } as const;
const money = (amount: Decimal) => amount.toDecimalPlaces(2).toNumber();

export async function renderFollowUpXlsx(result: FollowUp, doc: FollowUpDocument): Promise<Uint8Array> {
  const t = FOLLOW_UP_LABELS[doc.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "icld-budget";
  const summary = workbook.addWorksheet(t.envelopes.split(":")[0]!.slice(0, 31));
  summary.addRow([doc.title]).font = { bold: true, size: 14 };
  summary.addRow([doc.facts]);
  summary.addRow([doc.verdict]);
  for (const section of doc.sections) {
    summary.addRow([]);
    summary.addRow([section.heading]).font = { bold: true };
    for (const line of section.text ?? []) summary.addRow([line]);
    if (section.table) {
      summary.addRow(section.table.head).font = { bold: true };
      for (const row of section.table.rows) summary.addRow(row);
    }
  }
  summary.getColumn(1).width = 40;

  const sheet = workbook.addWorksheet(t.reconciliation);
  sheet.addRow([t.where, t.date, t.account, t.text, t.category, t.trip, t.paidBy, t.amount, t.status]).font = { bold: true };
  for (const row of result.rows) {
    const status = row.status === "assigned" ? t.assigned : row.status === "unassigned" ? t.unassigned : t.excluded;
    const added = sheet.addRow([
      `${row.file}:${row.row}`,
      row.date,
      row.account ?? "",
      row.text,
      row.category ?? "",
      row.trip ?? "",
      row.paidBy,
      money(row.amount),
      status,
    ]);
    added.getCell(8).numFmt = KRONOR[doc.lang];
  }
  const last = sheet.rowCount;
  const r = result.reconciliation;
  sheet.addRow([]);
  const line = (label: string, formula: string, value: Decimal) => {
    const added = sheet.addRow([label, "", "", "", "", "", "", { formula, result: money(value) }]);
    added.font = { bold: true };
    added.getCell(8).numFmt = KRONOR[doc.lang];
  };
  line(t.read, `SUM(H2:H${last})`, r.sumRead);
  line(t.assigned, `SUMIF(I2:I${last},"${t.assigned}",H2:H${last})`, r.sumAssigned);
  line(t.unassigned, `SUMIF(I2:I${last},"${t.unassigned}",H2:H${last})`, r.sumUnassigned);
  line(t.excluded, `SUMIF(I2:I${last},"${t.excluded}",H2:H${last})`, r.sumExcluded);
  sheet.getColumn(4).width = 40;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
