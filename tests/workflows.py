"""What the workflow tests of the fake give both clients, the vendor's (`tests/test_fake_vendor_workflows.py`)
and ours (`tests/test_fake_our_workflows.py`): the same files, prompt and schema."""

from __future__ import annotations

CSV = b"product,revenue\nWidget A,12500\nWidget B,8300\n"
AGENT_PROMPT = "Analyse the sales. Save the totals as 'sales_summary.csv' and a report as 'monthly_revenue.md'."
INVOICE = {
    "type": "object",
    "properties": {
        "vendor": {"type": "string", "minLength": 1},
        "total": {"type": "number", "minimum": 0},
        "currency": {"enum": ["EUR", "USD"]},
        "lines": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {"sku": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"}, "qty": {"type": "integer"}},
                "required": ["sku", "qty"],
            },
        },
    },
    "required": ["vendor", "total", "currency", "lines"],
    "additionalProperties": False,
}
