const INPUT =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600";
const SECONDARY_BUTTON =
  "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50";

type Props = {
  /** A bloc-year's log switches between the bloc's years; the province's log has none. */
  yearChoice?: { year: number; years: number[] };
  entities: { value: string; label: string }[];
  actors: { id: string; displayName: string }[];
  current: { entity?: string; actor?: string };
};

/** A plain GET form: filters live in the address, so a filtered log can be bookmarked or shared. */
export function AuditFilters({ yearChoice, entities, actors, current }: Props) {
  return (
    <form
      method="get"
      className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
    >
      {yearChoice && (
        <div>
          <label htmlFor="audit-year" className="block text-sm font-medium text-stone-700">
            Năm thi đua
          </label>
          <select id="audit-year" name="nam" defaultValue={String(yearChoice.year)} className={INPUT}>
            {yearChoice.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="audit-entity" className="block text-sm font-medium text-stone-700">
          Đối tượng
        </label>
        <select id="audit-entity" name="entity" defaultValue={current.entity ?? ""} className={INPUT}>
          <option value="">Tất cả</option>
          {entities.map((entity) => (
            <option key={entity.value} value={entity.value}>
              {entity.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium text-stone-700">
          Người thực hiện
        </label>
        <select id="audit-actor" name="actor" defaultValue={current.actor ?? ""} className={INPUT}>
          <option value="">Tất cả</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.displayName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={SECONDARY_BUTTON}>
        Lọc
      </button>
    </form>
  );
}
