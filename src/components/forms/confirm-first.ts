import type { FormEvent } from "react";

/** A step that cannot be undone asks first; declined, nothing is sent. */
export function confirmFirst(question: string, submit: (event: FormEvent<HTMLFormElement>) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    if (window.confirm(question)) submit(event);
    else event.preventDefault();
  };
}
