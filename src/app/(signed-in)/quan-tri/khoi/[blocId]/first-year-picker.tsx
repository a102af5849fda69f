/** Which year to create: the members offered are the agencies active on its 1 January. */
export function FirstYearPicker({ blocId, year }: { blocId: string; year: number }) {
  return (
    <form action={`/quan-tri/khoi/${blocId}`} className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="first-year-nam" className="block text-sm font-medium text-stone-700">
          Năm thi đua
        </label>
        <input
          id="first-year-nam"
          name="nam"
          type="number"
          min={2000}
          max={2100}
          defaultValue={year}
          className="mt-1 block w-28 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm"
        />
      </div>
      <button
        type="submit"
        className="rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        Chọn năm
      </button>
    </form>
  );
}
