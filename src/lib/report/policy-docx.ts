/**
 * The policy draft as an editable Word file (DOCX), for the leadership team to complete and adapt.
 * It renders the model of domain/policy.ts and decides nothing itself. Imported lazily by the
 * policy page: the `docx` library loads only when the file is asked for.
 *
 * Headings are real Word headings (a navigation pane and a table of contents work), lists are Word
 * lists, and every place to complete is bold, highlighted "[To complete: …]" text, easy to find
 * with Word's own search and still marked when printed in black and white.
 */
import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	TextRun
} from 'docx';
import {
	blankText,
	type PolicyDraft,
	type PolicyField,
	type PolicySection,
	type PolicyValue
} from '$lib/domain/policy';
import { xmlSafeDeep } from './xml-text';

const heading = (text: string, level: 1 | 2 | 3) =>
	new Paragraph({
		text,
		heading:
			level === 1
				? HeadingLevel.HEADING_1
				: level === 2
					? HeadingLevel.HEADING_2
					: HeadingLevel.HEADING_3
	});

const paragraph = (text: string) => new Paragraph({ text });

/** A value's runs: its words, or the blank marked bold and highlighted. */
function valueRuns(value: PolicyValue): TextRun[] {
	return value.kind === 'text'
		? [new TextRun(value.text)]
		: [new TextRun({ text: blankText(value), bold: true, highlight: 'yellow' })];
}

/** "Owner: José Núñez" with the label bold; a suggested-figures note after it, in italics. */
function fieldRuns(field: PolicyField): TextRun[] {
	return [
		new TextRun({ text: `${field.label}: `, bold: true }),
		...valueRuns(field.value),
		...(field.note ? [new TextRun({ text: ` ${field.note}`, italics: true })] : [])
	];
}

const fieldParagraph = (field: PolicyField, bulletLevel?: number) =>
	new Paragraph({
		children: fieldRuns(field),
		...(bulletLevel === undefined ? {} : { bullet: { level: bulletLevel } })
	});

const bullet = (children: TextRun[], level = 0) => new Paragraph({ children, bullet: { level } });

function sectionBody(section: PolicySection): Paragraph[] {
	const intro = section.paragraphs.map(paragraph);
	switch (section.kind) {
		case 'text':
			return intro;
		case 'roles':
			return [
				...intro,
				...section.levels.flatMap((level) => [
					heading(level.heading, 3),
					...level.duties.map((duty) => bullet([new TextRun(duty)])),
					new Paragraph({
						children: [new TextRun({ text: level.commitmentsHeading, bold: true })]
					}),
					...(level.noCommitments
						? [paragraph(level.noCommitments)]
						: level.commitments.map((title) => bullet([new TextRun(title)])))
				])
			];
		case 'commitments':
			return [
				...intro,
				...(section.empty ? [paragraph(section.empty)] : []),
				...section.groups.flatMap((group) => [
					heading(group.heading, 3),
					...group.commitments.flatMap((c) => [
						bullet([
							new TextRun({ text: c.title, bold: true }),
							...(c.description ? [new TextRun({ text: c.description, break: 1 })] : [])
						]),
						...c.fields.map((field) => fieldParagraph(field, 1))
					])
				])
			];
		case 'task-force':
			return [
				...intro,
				heading(section.membersHeading, 3),
				...section.members.map((member) => bullet(valueRuns(member))),
				...section.fields.map((field) => fieldParagraph(field))
			];
		case 'fields':
			return [
				...intro,
				...(section.empty ? [paragraph(section.empty)] : []),
				// Measures read as a list of actions; review and approval as lines to fill in.
				...section.fields.map((field) =>
					fieldParagraph(field, section.id === 'measuring' ? 0 : undefined)
				)
			];
	}
}

function footer(text: string): Footer {
	return new Footer({
		children: [
			new Paragraph({
				alignment: AlignmentType.CENTER,
				children: [new TextRun(`${text} · Page `), new TextRun({ children: [PageNumber.CURRENT] })]
			})
		]
	});
}

/** The draft as a DOCX file: title and details, then every section under its own heading. */
export async function buildPolicyDocx(policyDraft: PolicyDraft): Promise<Blob> {
	// The docx package writes text as given: a control character pasted into a plan field would
	// make the file unreadable in Word.
	const draft = xmlSafeDeep(policyDraft);
	const document = new Document({
		title: `${draft.title}: ${draft.organization}`,
		creator: 'STS Workbook',
		description: draft.footer,
		styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
		sections: [
			{
				footers: { default: footer(draft.footer) },
				children: [
					heading(draft.title, 1),
					new Paragraph({ children: [new TextRun({ text: draft.organization, bold: true })] }),
					...draft.details.map((field) => fieldParagraph(field)),
					...draft.sections.flatMap((section) => [
						heading(section.heading, 2),
						...sectionBody(section)
					])
				]
			}
		]
	});
	return Packer.toBlob(document);
}
