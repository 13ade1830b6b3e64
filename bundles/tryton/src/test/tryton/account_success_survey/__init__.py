# The smallest Tryton 6.0 module holding survey data as Account Success reads it (survey.model,
# survey.invitation.model): for the integration tests of the Tryton host; a real installation
# names its own models and fields in etc/org.accountsuccess.tryton.cfg.
from trytond.pool import Pool

from . import survey


def register():
    Pool.register(
        survey.Response,
        survey.Invitation,
        module='account_success_survey', type_='model')
