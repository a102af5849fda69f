import { DateField } from "@/components/date-field";
import { formatDate } from "@/domain/calendar";
import { Field, INPUT_CLASS } from "./form-fields";

type Props = {
  mode: string;
  onModeChange: (mode: string) => void;
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
  documents: readonly { id: string; code: string; title: string; issuedOn: Date }[];
};

const MODES = [
  { value: "existing", label: "Văn bản đã có" },
  { value: "new", label: "Văn bản mới" },
  { value: "none", label: "Không có" },
];

/** The source document: one of the province's, a new one (code, title, date), or none. */
export function SourceDocumentFields({ mode, onModeChange, values, errors, documents }: Props) {
  return (
    <fieldset className="rounded-md border border-stone-200 p-4">
      <legend className="px-1 text-sm font-medium text-stone-700">Văn bản giao nhiệm vụ</legend>
      <div className="flex flex-wrap gap-4">
        {MODES.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="sourceMode"
              value={option.value}
              checked={mode === option.value}
              onChange={() => onModeChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {mode === "existing" && (
        <div className="mt-3">
          <Field name="sourceDocumentId" label="Chọn văn bản" errors={errors.sourceDocumentId}>
            {(describedBy, invalid) => (
              <select
                id="sourceDocumentId"
                name="sourceDocumentId"
                defaultValue={values.sourceDocumentId}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={INPUT_CLASS}
              >
                <option value="">— Chọn văn bản —</option>
                {documents.map((document) => (
                  <option key={document.id} value={document.id}>
                    {document.code} ngày {formatDate(document.issuedOn)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {mode === "new" && (
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <Field name="newSourceCode" label="Số hiệu" errors={errors.newSourceCode} hint="Ví dụ: 188-CTr/TU">
            {(describedBy, invalid) => (
              <input
                id="newSourceCode"
                name="newSourceCode"
                defaultValue={values.newSourceCode}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={INPUT_CLASS}
              />
            )}
          </Field>
          <Field name="newSourceTitle" label="Trích yếu" errors={errors.newSourceTitle}>
            {(describedBy, invalid) => (
              <input
                id="newSourceTitle"
                name="newSourceTitle"
                defaultValue={values.newSourceTitle}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={INPUT_CLASS}
              />
            )}
          </Field>
          <Field name="newSourceIssuedOn" label="Ngày ban hành" errors={errors.newSourceIssuedOn}>
            {(describedBy, invalid) => (
              <DateField
                id="newSourceIssuedOn"
                name="newSourceIssuedOn"
                defaultValue={values.newSourceIssuedOn}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={INPUT_CLASS}
              />
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}
