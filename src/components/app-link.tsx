"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent } from "react";

type Props = ComponentProps<typeof NextLink>;

/**
 * The app's link: a page loads nothing for the links it merely shows. Next's default prefetches
 * every link that scrolls into view, and our pages are dynamic (each prefetch renders a page on
 * the server): a rankings view made 39 requests and ~0.6 s of server CPU (issue #13, item 3).
 * Here a link is fetched ahead only when the user reaches for it (hover or keyboard focus).
 */
export default function AppLink({ href, prefetch, onMouseEnter, onFocus, ...props }: Props) {
  const router = useRouter();
  const target = typeof href === "string" ? href : null;
  const onIntent = prefetch !== false && target !== null && target.startsWith("/");
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        if (onIntent) router.prefetch(target);
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        if (onIntent) router.prefetch(target);
        onFocus?.(event);
      }}
    />
  );
}
