"""Speaks to `chancery mcp` with the Python MCP SDK (a second, independent client).

Usage: python3 scripts/mcp_stdio_check.py COMMAND [ARG...]
starts COMMAND (such as `chancery mcp --archive DIR`) and, over stdio: lists the tools, searches,
reads a document, follows its first reference, decodes 861.20/406 and asks for an unknown document.
Prints one line per check; exits 1 on the first that fails.
"""

import asyncio
import json
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        sys.exit(1)


async def call(session, tool, args):
    result = await session.call_tool(tool, args)
    return bool(getattr(result, "is_error", None) or getattr(result, "isError", False)), result.content[0].text


async def main(command):
    params = StdioServerParameters(command=command[0], args=command[1:])
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            names = {t.name for t in (await session.list_tools()).tools}
            check({"search", "read_document", "links", "thread", "related", "person",
                   "decode_file_number"} <= names, "tools: " + ", ".join(sorted(names)))

            err, text = await call(session, "search",
                                   {"query": "Chaco", "volumes": ["frus1934v04"], "limit": 2})
            hits = json.loads(text)["hits"]
            check(not err and len(hits) == 2 and hits[0]["url"].startswith("http")
                  and "history.state.gov" in hits[0]["citation"], "search Chaco: 2 hits with url and citation")

            err, text = await call(session, "links", {"document": "frus1934v04/d102"})
            target = json.loads(text)["cites"][0]["target"]
            check(not err and target == "frus1934v04/d101", "links of d102 lead to " + target)

            err, text = await call(session, "read_document", {"document": target})
            doc = json.loads(text)
            check(not err and "Minister in Switzerland" in doc["head"], "read " + target + ": " + doc["head"])

            err, text = await call(session, "decode_file_number", {"number": "861.20/406"})
            decoded = json.loads(text)["decoded"]
            check(not err and decoded["className"] == "Internal Affairs of States",
                  "861.20/406: " + decoded["className"] + ", " + ", ".join(decoded["countries"]))

            err, text = await call(session, "read_document", {"document": "frus1934v04/d9999"})
            check(err and "no document" in text, "unknown document is a tool error: " + text)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    asyncio.run(main(sys.argv[1:]))
