import Link from "@/components/app-link";

/**
 * The way to a unit's page from a table whose unit name already links elsewhere (the rank's
 * explanation, the unit's trend). Its row names the unit; it is left off printed pages.
 */
export function UnitPageLink({ unitId }: { unitId: string }) {
  return (
    <Link
      href={`/don-vi/${unitId}`}
      className="no-print block text-xs font-normal text-stone-600 underline hover:text-brand-800"
    >
      Trang đơn vị
    </Link>
  );
}
