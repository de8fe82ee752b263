"""Handing questions to the CSCom midwives: escalations, alerts to the on-duty midwife, her replies."""
