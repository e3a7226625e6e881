from __future__ import annotations
from dataclasses import dataclass, field
from typing import ClassVar, Optional
import dataclasses

@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    _: dataclasses.KW_ONLY
    label: str = "n"

    def add(self, v: int) -> Node:
        n = Node(v, parent=self)
        self.children.append(n)
        return n

r = Node(1)
r.add(2).add(3)
print(r.children[0].value, [f.name for f in dataclasses.fields(Node)], Node.__annotations__)
print(Node(5, label="x"))
import typing
print(typing.get_type_hints(Node.add))
import __future__
print(__future__.annotations, __future__.all_feature_names[-1], __future__.division.getMandatoryRelease())
