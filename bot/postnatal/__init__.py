"""After the birth (issue 15): her stage (pregnant, postnatal, loss), the birth or loss she reports,
and the scheduled messages by the baby's age and by week of pregnancy (CPN)."""
