import { formatDate } from "@/domain/calendar";

/** The pledge as read: title, signing date and its paragraphs. */
export function PledgeText({ pledge }: { pledge: { title: string; body: string; signedOn: Date | null } }) {
  const paragraphs = pledge.body.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <article className="[overflow-wrap:anywhere]">
      <h3 className="text-center text-lg font-bold uppercase">{pledge.title}</h3>
      {pledge.signedOn && <p className="text-center text-sm italic">Ký ngày {formatDate(pledge.signedOn)}</p>}
      <div className="mt-3 space-y-2 text-justify">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}
