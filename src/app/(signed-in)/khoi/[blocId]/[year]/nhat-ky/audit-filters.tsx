import { INPUT, SECONDARY_BUTTON } from "../khen-thuong/form-alert";

type Props = {
  year: number;
  years: number[];
  entities: { value: string; label: string }[];
  actors: { id: string; displayName: string }[];
  current: { entity?: string; actor?: string };
};

/** A plain GET form: filters live in the address, so a filtered log can be bookmarked or shared. */
export function AuditFilters({ year, years, entities, actors, current }: Props) {
  return (
    <form
      method="get"
      className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
    >
      <div>
        <label htmlFor="audit-year" className="block text-sm font-medium text-stone-700">
          Năm thi đua
        </label>
        <select id="audit-year" name="nam" defaultValue={String(year)} className={INPUT}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
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
