import { NextResponse, type NextRequest } from "next/server";

// A path segment with a control character (a NUL above all, which PostgreSQL refuses even to
// compare) is never an id of ours: answer "not found" before any page or route reads it.
const CONTROL_ENCODED = /%(?:[01][0-9a-f]|7f)/i;
const CONTROL_DECODED = /[\u0000-\u001f\u007f]/;

export function proxy(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  if (CONTROL_ENCODED.test(pathname) || CONTROL_DECODED.test(pathname)) {
    return new NextResponse("Không tìm thấy trang.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return undefined;
}

export const config = {
  // Only the routes that take ids from the path. Not the two upload routes: Next reads the whole
  // body of a request it hands to the proxy before the route runs, so an upload would be read
  // before anyone is authorised (those routes check their ids themselves).
  matcher: [
    "/khoi/((?!.*/(?:nhiem-vu/nhap-excel/tai-len|giao-uoc/tep)$).+)",
    "/hoi-nghi/:path+",
    "/ket-qua/:path+",
    "/api/tep/:path*",
    "/api/xuat/:path*",
    "/api/su-kien/:path*",
  ],
};
