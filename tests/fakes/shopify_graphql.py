"""The Shopify fake's GraphQL reader: parses a query, prices it as Shopify documents, and answers
exactly the fields asked from plain dicts (no schema; values may be resolvers taking the args)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

MAX_COST = 1000  # the most one query may cost, on every plan
MUTATION_COST = 10
MAX_PAGE = 250
TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|\.\.\.|-?\d+(?:\.\d+)?|\$?[A-Za-z_]\w*|[{}()\[\]:!=@]'
                    r'|#[^\n]*|[\s,]+|.')
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
NAME = re.compile(r"[A-Za-z_]\w*")


class GraphQLError(Exception):
    """One entry of a GraphQL answer's `errors`: `code` goes to extensions.code."""

    def __init__(self, message: str, code: str = "", **extensions: object) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.extensions = extensions

    def entry(self) -> dict[str, Any]:
        extensions = {"code": self.code, **self.extensions} if self.code else dict(self.extensions)
        return {"message": self.message, "extensions": extensions}


@dataclass
class Field:
    name: str
    alias: str
    args: dict[str, Any]
    selection: list[Field] | None
    paged: bool = False  # selects nodes, edges or pageInfo: a connection


@dataclass
class Operation:
    kind: str  # "query" or "mutation"
    name: str
    fields: list[Field]


@dataclass
class Connection:
    """One page of a connection a resolver already paged; `cursor(item)` says where it is."""

    items: Sequence[Any]
    cursor: Callable[[Any], str]
    has_next: bool = False
    has_previous: bool = False


@dataclass
class Tally:
    """The actual cost of an answer: 1 an object, 2 a connection, scalars free."""

    points: int = 0


COMPOUND = (dict, list, Connection)


class _Parser:
    def __init__(self, text: str, variables: dict[str, Any]) -> None:
        self.tokens = _tokens(text)
        self.at = 0
        self.variables = variables

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            raise GraphQLError(f"Parse error on {token!r} (expected {expected or 'more'})",
                               "parseError")
        self.at += 1
        return token

    def name(self) -> str:
        token = self.take()
        if not NAME.fullmatch(token):
            raise GraphQLError(f"Parse error on {token!r} (expected a name)", "parseError")
        return token

    def document(self) -> Operation:
        kind, name = "query", ""
        if self.peek() in {"query", "mutation"}:
            kind = self.take()
            if self.peek() not in {"{", "("}:
                name = self.name()
        if self.peek() == "(":  # variable definitions: the values come from `variables`
            depth = 0
            while True:
                token = self.take()
                depth += {"(": 1, ")": -1}.get(token, 0)
                if depth == 0:
                    break
        fields = self.selection()
        if self.peek() is not None:
            raise GraphQLError("Parse error: one operation per request", "parseError")
        return Operation(kind, name, fields)

    def selection(self) -> list[Field]:
        self.take("{")
        fields = []
        while self.peek() != "}":
            if self.peek() == "...":
                raise GraphQLError("Fragments are not supported by this fake", "parseError")
            fields.append(self.field())
        self.take("}")
        return fields

    def field(self) -> Field:
        alias = name = self.name()
        if self.peek() == ":":
            self.take()
            name = self.name()
        args = self.arguments() if self.peek() == "(" else {}
        while self.peek() == "@":
            self.take()
            self.name()
            if self.peek() == "(":
                self.arguments()
        selection = self.selection() if self.peek() == "{" else None
        paged = selection is not None and any(
            s.name in {"nodes", "edges", "pageInfo"} for s in selection)
        return Field(name, alias, args, selection, paged)

    def arguments(self) -> dict[str, Any]:
        self.take("(")
        args: dict[str, Any] = {}
        while self.peek() != ")":
            key = self.name()
            self.take(":")
            args[key] = self.value()
        self.take(")")
        return args

    def value(self) -> Any:
        token = self.take()
        if token.startswith("$"):
            return self.variables.get(token[1:])
        if token.startswith('"'):
            return json.loads(token)
        if NUMBER.fullmatch(token):
            return Decimal(token) if "." in token else int(token)
        if token == "[":
            items = []
            while self.peek() != "]":
                items.append(self.value())
            self.take("]")
            return items
        if token == "{":
            values: dict[str, Any] = {}
            while self.peek() != "}":
                key = self.name()
                self.take(":")
                values[key] = self.value()
            self.take("}")
            return values
        if NAME.fullmatch(token):
            return {"true": True, "false": False, "null": None}.get(token, token)
        raise GraphQLError(f"Parse error on {token!r}", "parseError")


@lru_cache(maxsize=64)
def _tokens(text: str) -> list[str]:
    return [t for t in TOKENS.findall(text) if t.strip(" \t\r\n,") and not t.startswith("#")]


def parse(text: str, variables: dict[str, Any] | None = None) -> Operation:
    if not isinstance(text, str) or not text.strip():
        raise GraphQLError("No query string was present", "parseError")
    return _Parser(text, variables or {}).document()


# --- cost: scalars 0, objects 1, connections 2 + first * node, mutations 10 ---

def cost(operation: Operation) -> int:
    if operation.kind == "mutation":
        return MUTATION_COST * len(operation.fields)
    return sum(_field_cost(f) for f in operation.fields)


def _size(f: Field) -> int | None:
    size = f.args.get("first", f.args.get("last"))
    return size if isinstance(size, int) and not isinstance(size, bool) else None


def _field_cost(f: Field) -> int:
    if f.selection is None:
        return 0
    size = _size(f)
    pages = [s for s in f.selection if s.name in {"nodes", "edges"}]
    if size is not None and pages:
        return 2 + size * max(_node_cost(s) for s in pages)
    children = sum(_field_cost(s) for s in f.selection)
    return size * (1 + children) if size is not None else 1 + children


def _node_cost(page: Field) -> int:
    selection = page.selection or []
    if page.name == "edges":
        node = next((s for s in selection if s.name == "node"), None)
        selection = node.selection or [] if node is not None else []
    return 1 + sum(_field_cost(s) for s in selection)


# --- answering: project the resolved values onto the selection ---

def answer(root: dict[str, Any], operation: Operation, tally: Tally) -> dict[str, Any]:
    return _object(root, operation.fields, tally, top=True)


def _object(value: dict[str, Any], fields: list[Field], tally: Tally, top: bool = False
            ) -> dict[str, Any]:
    if not top:
        tally.points += 1
    typename = value.get("__typename", "QueryRoot")
    result: dict[str, Any] = {}
    for f in fields:
        if f.name == "__typename":
            result[f.alias] = typename
            continue
        if f.name not in value:
            raise GraphQLError(f"Field '{f.name}' doesn't exist on type '{typename}'",
                               "undefinedField", typeName=typename, fieldName=f.name)
        raw = value[f.name]
        result[f.alias] = _resolve(raw(f.args) if callable(raw) else raw, f, tally)
    return result


def _resolve(raw: Any, f: Field, tally: Tally) -> Any:
    if f.selection is None:
        if type(raw) in COMPOUND and any(type(item) in COMPOUND for item in (
                raw if type(raw) is list else [raw])):
            raise GraphQLError(f"Field must have selections (field '{f.name}' returns an "
                               "object)", "selectionMismatch")
        return raw
    if raw is None:
        return None
    if f.paged and isinstance(raw, list):
        raw = paged_list(raw, f.args)
    if isinstance(raw, Connection):
        return _connection(raw, f, tally)
    if isinstance(raw, list):
        size = _size(f)
        return [_object(item, f.selection, tally) for item in raw[:size]]
    if not isinstance(raw, dict):
        raise GraphQLError(f"Selections can't be made on scalars (field '{f.name}')",
                           "selectionMismatch")
    return _object(raw, f.selection, tally)


def _connection(page: Connection, f: Field, tally: Tally) -> dict[str, Any]:
    tally.points += 2
    items = page.items
    edges = any(s.name == "edges" for s in f.selection or [])
    cursors = [page.cursor(item) for item in items] if edges else []
    info = {"__typename": "PageInfo", "hasNextPage": page.has_next,
            "hasPreviousPage": page.has_previous,
            "startCursor": page.cursor(items[0]) if items else None,
            "endCursor": page.cursor(items[-1]) if items else None}
    result: dict[str, Any] = {}
    for s in f.selection or []:
        if s.name == "nodes":
            result[s.alias] = [_object(item, s.selection or [], tally) for item in page.items]
        elif s.name == "edges":
            node = next((x for x in s.selection or [] if x.name == "node"), None)
            result[s.alias] = [
                {x.alias: cursor if x.name == "cursor" else
                 _object(item, node.selection or [], tally) if node is not None else None
                 for x in s.selection or []}
                for item, cursor in zip(page.items, cursors, strict=True)]
        elif s.name == "pageInfo":
            result[s.alias] = _object(info, s.selection or [], tally)
            tally.points -= 1  # part of the connection's own 2
        else:
            raise GraphQLError(f"Field '{s.name}' doesn't exist on a connection",
                               "undefinedField")
    return result


def page_size(args: dict[str, Any]) -> int:
    """The `first` of a connection: required, 1 to 250, as Shopify checks it."""
    size = args.get("first")
    if args.get("last") is not None:
        raise GraphQLError("This fake pages forward only (use first/after)", "badRequest")
    if not isinstance(size, int) or isinstance(size, bool):
        raise GraphQLError("you must provide one of first or last", "argumentLiteralsIncompatible")
    if not 1 <= size <= MAX_PAGE:
        raise GraphQLError(f"The connection's first argument must be between 1 and {MAX_PAGE}",
                           "argumentLiteralsIncompatible")
    return size


def paged_list(items: Sequence[Any], args: dict[str, Any]) -> Connection:
    """A nested connection over a short list: index cursors, as opaque as Shopify's."""
    size = page_size(args)
    start = 0
    if args.get("after"):
        index = decode_cursor(args["after"]).get("index")
        if not isinstance(index, int):
            raise GraphQLError("Invalid cursor for current pagination sort.", "badRequest")
        start = index + 1
    return _indexed(items, start, size)


def _indexed(items: Sequence[Any], start: int, size: int) -> Connection:
    positions = {id(item): n for n, item in enumerate(items)}
    return Connection(list(items[start:start + size]),
                      lambda item: encode_cursor({"index": positions[id(item)]}),
                      has_next=start + size < len(items), has_previous=start > 0)


def encode_cursor(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()
                                    ).decode().rstrip("=")


def decode_cursor(cursor: object) -> dict[str, Any]:
    """A cursor's content; a cursor this fake never gave is refused as Shopify does."""
    try:
        text = str(cursor)
        data = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (ValueError, TypeError):
        data = None
    if not isinstance(data, dict):
        raise GraphQLError("Invalid cursor for current pagination sort.", "badRequest")
    return data
