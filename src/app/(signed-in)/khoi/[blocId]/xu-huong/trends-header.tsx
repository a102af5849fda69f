import Link from "@/components/app-link";

type Props = { bloc: { id: string; name: string }; title: string; unitCrumb?: boolean };

/** The trends pages sit outside a bloc-year, so they carry their own breadcrumb and heading. */
export function TrendsHeader({ bloc, title, unitCrumb = false }: Props) {
  return (
    <>
      <nav aria-label="Đường dẫn" className="no-print text-sm text-stone-600">
        <Link href="/khoi" className="hover:underline">
          Khối thi đua
        </Link>{" "}
        ›{" "}
        {unitCrumb ? (
          <Link href={`/khoi/${bloc.id}/xu-huong`} className="hover:underline">
            Xu hướng của khối
          </Link>
        ) : (
          "Xu hướng qua các năm"
        )}
      </nav>
      <header className="mt-2">
        <p className="text-stone-600">{bloc.name}</p>
        <h1 className="text-2xl font-bold">{title}</h1>
      </header>
    </>
  );
}
